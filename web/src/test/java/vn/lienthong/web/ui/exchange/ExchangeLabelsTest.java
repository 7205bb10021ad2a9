package vn.lienthong.web.ui.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.exchange.SteeringType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages build an exchange value's label from its name ({@code t['step.'.concat(s)]}); a value without a label shows
 * as {@code ???step.X???} to the clerk, so every value a page offers needs one in both languages.
 */
class ExchangeLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyStatusTheSearchOffersHasALabel(String language) {
        ResourceBundle text = ResourceBundle.getBundle("vn.lienthong.web.ui.text", Locale.forLanguageTag(language));
        List<String> missing = new ArrayList<>();
        for (String status : new SearchView().getStatuses()) {
            if (!text.containsKey("step." + status)) {
                missing.add("step." + status);
            }
        }
        for (OutgoingStatus status : OutgoingStatus.values()) {
            if (!text.containsKey("outgoing.status." + status.name())) {
                missing.add("outgoing.status." + status.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyDeliveryStatusHasAStepLabel(String language) {
        ResourceBundle text = ResourceBundle.getBundle("vn.lienthong.web.ui.text", Locale.forLanguageTag(language));
        List<String> missing = new ArrayList<>();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (!text.containsKey("step." + status.name())) {
                missing.add("step." + status.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    /** The compose page showed the bare edXML codes 0–3, which tell a clerk nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everySteeringTypeHasALabel(String language) {
        ResourceBundle text = ResourceBundle.getBundle("vn.lienthong.web.ui.text", Locale.forLanguageTag(language));
        List<String> missing = new ArrayList<>();
        for (SteeringType type : SteeringType.values()) {
            if (!text.containsKey("steering." + type.name())) {
                missing.add("steering." + type.name());
            }
        }
        assertEquals(List.of(), missing);
    }
}
