package vn.lienthong.web.ui.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.exchange.SteeringType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages build an exchange value's label from its name ({@code t['step.'.concat(s)]}); a value without a label shows
 * as {@code ???step.X???} to the clerk, so every value a page offers needs one in both languages.
 */
class ExchangeLabelsTest {

    private static List<String> missing(String language, String prefix, Stream<String> names) {
        ResourceBundle text = ResourceBundle.getBundle("vn.lienthong.web.ui.text", Locale.forLanguageTag(language));
        return names.map(prefix::concat).filter(key -> !text.containsKey(key)).toList();
    }

    private static Stream<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyStatusTheSearchOffersHasALabel(String language) {
        assertEquals(List.of(), missing(language, "step.", new SearchView().getStatuses().stream()));
        assertEquals(List.of(), missing(language, "outgoing.status.", names(OutgoingStatus.values())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyDeliveryStatusHasAStepLabel(String language) {
        assertEquals(List.of(), missing(language, "step.", names(DeliveryStatus.values())));
    }

    /** The compose page showed the bare edXML codes 0–3, which tell a clerk nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everySteeringTypeHasALabel(String language) {
        assertEquals(List.of(), missing(language, "steering.", names(SteeringType.values())));
    }

    /** The English pages showed "Công văn", "Khẩn", "Mật" and "Giao liên": the names came from the enums, not the bundle. */
    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyDocumentTypePrioritySecrecyAndCarriageHasALabel(String language) {
        assertEquals(List.of(), missing(language, "documentType.", names(DocumentType.values())));
        assertEquals(List.of(), missing(language, "priority.", names(Priority.values())));
        assertEquals(List.of(), missing(language, "secrecy.", names(Secrecy.values())));
        assertEquals(List.of(), missing(language, "carriage.", names(CarriageMethod.values())));
    }

    @org.junit.jupiter.api.Test
    void theVietnameseLabelsAreTheDomainsOwnAndTheEnglishOnesAreTranslated() {
        ResourceBundle vi = ResourceBundle.getBundle("vn.lienthong.web.ui.text", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("vn.lienthong.web.ui.text", Locale.ENGLISH);
        for (DocumentType type : DocumentType.values()) {
            assertEquals(type.label(), vi.getString("documentType." + type.name()));
        }
        for (Secrecy secrecy : Secrecy.values()) {
            assertEquals(secrecy.label(), vi.getString("secrecy." + secrecy.name()));
        }
        for (Priority priority : Priority.values()) {
            assertEquals(priority.label(), vi.getString("priority." + priority.name()));
        }
        for (CarriageMethod carriage : CarriageMethod.values()) {
            assertEquals(carriage.label(), vi.getString("carriage." + carriage.name()));
        }
        assertEquals("Official letter (Công văn)", en.getString("documentType.OFFICIAL_LETTER"));
        assertEquals("Confidential (Mật)", en.getString("secrecy.MAT"));
        assertEquals("Urgent", en.getString("priority.URGENT"));
    }
}
