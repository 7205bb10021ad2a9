package vn.lienthong.exchange.internal;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarveOut;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.exchange.PaperDispatch;
import vn.lienthong.exchange.PaperRecipient;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.RequestKind;
import vn.lienthong.platform.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes one document as a register row, the way a clerk fills the paper register: dates as dd/MM/yyyy in Vietnam,
 * agencies and people by name, and in the notes what the columns cannot say (carve-out, recall, urgency).
 */
public final class RegisterRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<String, String> agencyNames;
    private final Map<String, String> peopleNames;

    public RegisterRows(Map<String, String> agencyNames, Map<String, String> peopleNames) {
        this.agencyNames = Map.copyOf(agencyNames);
        this.peopleNames = Map.copyOf(peopleNames);
    }

    public List<String> outgoing(OutgoingDocument d, PaperDispatch dispatch, List<Delivery> deliveries) {
        String recipients = dispatch != null
                ? dispatch.recipients().stream().map(this::name).collect(Collectors.joining("; "))
                : d.recipients().stream().map(r -> agency(r.agency())).collect(Collectors.joining("; "));
        String copies = dispatch != null ? String.valueOf(dispatch.copies())
                : deliveries.isEmpty() ? "" : deliveries.size() + " (điện tử)";
        String handedOver = dispatch != null ? day(dispatch.dispatchedOn())
                : deliveries.stream().map(Delivery::createdAt).min(Instant::compareTo).map(RegisterRows::day).orElse("");
        List<String> notes = new ArrayList<>();
        d.carveOut().ifPresent(c -> notes.add(carveOutNote(d, c, dispatch)));
        if (d.frozen()) {
            notes.add(d.status() == OutgoingStatus.REPLACED ? "Đã thay thế" : "Đã thu hồi");
        }
        urgency(d.priority()).ifPresent(notes::add);
        if (dispatch != null) {
            dispatch.note().ifPresent(notes::add);
            if (dispatch.corrections() > 0) {
                notes.add("Đã đính chính " + dispatch.corrections() + " lần");
            }
        }
        return List.of(
                d.number().map(DocumentNumber::format).orElse(""),
                d.issuedAt().map(RegisterRows::day).orElse(""),
                d.documentType().label() + ": " + d.subject(),
                signer(d),
                recipients,
                person(d.issuedBy().orElse(d.createdBy())),
                copies,
                handedOver,
                dispatch != null ? "" : receipts(deliveries),
                String.join("; ", notes));
    }

    public List<String> incoming(IncomingDocument i, OutgoingDocument original, Instant assignedAt) {
        Objects.requireNonNull(original, "original");
        List<String> notes = new ArrayList<>();
        if (i.withdrawn()) {
            notes.add(i.delivery().requestKind().filter(k -> k == RequestKind.REPLACE).isPresent()
                    ? "Đã thay thế theo yêu cầu của nơi gửi" : "Đã thu hồi theo yêu cầu của nơi gửi");
        }
        urgency(original.priority()).ifPresent(notes::add);
        return List.of(
                day(i.arrivedAt()),
                i.arrivalNumber().map(String::valueOf).orElse(""),
                agency(original.agency()),
                original.number().map(DocumentNumber::format).orElse(""),
                original.issuedAt().map(RegisterRows::day).orElse(""),
                original.documentType().label() + ": " + original.subject(),
                i.assignee().map(this::person).orElse(""),
                assignedAt == null ? "" : day(assignedAt),
                i.delivery().statusLabel().orElseThrow(),
                String.join("; ", notes));
    }

    private static String carveOutNote(OutgoingDocument d, CarveOut carveOut, PaperDispatch dispatch) {
        String why = carveOut == CarveOut.CLASSIFIED ? "Văn bản mật (" + d.secrecy().label() + ")" : "Chỉ gửi bản giấy";
        return why + (dispatch == null ? ", chưa chuyển" : ", chuyển bản giấy: " + dispatch.carriage().label());
    }

    private static java.util.Optional<String> urgency(Priority priority) {
        return priority == Priority.NORMAL ? java.util.Optional.empty() : java.util.Optional.of(priority.label());
    }

    /** Each recipient's receipt, counted by status: "Đã tiếp nhận: 2; Từ chối tiếp nhận: 1". */
    private static String receipts(List<Delivery> deliveries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Delivery delivery : deliveries) {
            String label = delivery.statusLabel().orElse(switch (delivery.routing()) {
                case EXPORTED -> "Đã chuyển lên Trục liên thông";
                case FAILED -> "Gửi lỗi";
                default -> "Đang gửi";
            });
            counts.merge(label, 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String signer(OutgoingDocument d) {
        return d.signerCompetence().map(c -> c + " ").orElse("") + d.signerPosition() + " " + d.signerName();
    }

    private String name(PaperRecipient recipient) {
        return recipient.agencyCode().map(this::agency).orElseGet(() -> recipient.externalName().orElseThrow());
    }

    private String agency(AgencyCode code) {
        return agencyNames.getOrDefault(code.value(), code.value());
    }

    private String person(String username) {
        return peopleNames.getOrDefault(username, username);
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(ClockProducer.VIETNAM));
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
