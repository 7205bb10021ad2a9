package vn.lienthong.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk fills in for a new outgoing document: the metadata edXML carries, the secrecy and paper-only flags
 * that decide the carve-out, and the recipients (main ones and other places).
 */
public record OutgoingDraft(DocumentType documentType, String subject, String notation, String signerCompetence,
                            String signerPosition, String signerName, String place, Priority priority,
                            SteeringType steeringType, LocalDate dueDate, Secrecy secrecy, boolean paperOnly,
                            List<Recipient> recipients) {
}
