package vn.lienthong.web.ui.adoption;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.lienthong.adoption.AdoptionReport;

import java.util.List;
import java.util.function.Function;

/** Chart.js configurations for PrimeFaces' {@code p:chart}: shares on a 0–100 axis, the target being 100. */
final class Charts {

    static final String REGULAR = "#1f6fb2";
    static final String ELECTRONIC = "#2e9d5b";

    private Charts() {
    }

    /** One horizontal bar per agency. */
    static String byAgency(List<AdoptionReport.AgencyFigures> agencies,
                           Function<AdoptionReport.AgencyFigures, Double> share, String label, String color) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (AdoptionReport.AgencyFigures agency : agencies) {
            labels.add(agency.name());
            Double value = share.apply(agency);
            if (value == null) {
                values.addNull();
            } else {
                values.add(Math.round(value * 10) / 10.0);
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset(label, values, color))))
                .add("options", options(true))
                .build().toString();
    }

    /** Two bars per month: regular use and the electronic share. */
    static String trend(List<AdoptionReport.MonthFigures> months, String regularLabel, String electronicLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder regular = Json.createArrayBuilder();
        JsonArrayBuilder electronic = Json.createArrayBuilder();
        for (AdoptionReport.MonthFigures month : months) {
            labels.add(String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear()));
            add(regular, month.regularShare());
            add(electronic, month.electronicShare());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(regularLabel, regular, REGULAR))
                                .add(dataset(electronicLabel, electronic, ELECTRONIC))))
                .add("options", options(false))
                .build().toString();
    }

    private static void add(JsonArrayBuilder values, Double value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(Math.round(value * 10) / 10.0);
        }
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", color);
    }

    private static JsonObjectBuilder options(boolean horizontal) {
        JsonObjectBuilder percentAxis = Json.createObjectBuilder().add("min", 0).add("max", 100);
        JsonObjectBuilder scales = Json.createObjectBuilder().add(horizontal ? "x" : "y", percentAxis);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("scales", scales);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return options;
    }
}
