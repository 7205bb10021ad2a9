package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.DeliveryRequest;

import java.time.Instant;

/**
 * A recall, update or replace request and its answer, with the edXML codes (business type; 13, 15 or 16). For a
 * recipient on the national platform, {@code platformMessage} names the edXML package left in the outbox; the request
 * stays 13 until the platform's status message (15/16) is imported.
 */
public record DeliveryRequestView(long id, long deliveryId, Long incomingId, String kind, int businessType,
                                  String reason, Long replacementId, String answer, String statusCode,
                                  String requestedBy, Instant requestedAt, String answeredBy, Instant answeredAt,
                                  String answerNote, boolean viaPlatform, String platformMessage) {

    static DeliveryRequestView of(DeliveryRequest r, Long incomingId) {
        return new DeliveryRequestView(r.id(), r.deliveryId(), incomingId, r.kind().name(),
                r.kind().businessType().code(), r.reason(), r.replacementId().orElse(null), r.answer().name(),
                r.answer().code(), r.requestedBy(), r.requestedAt(), r.answeredBy().orElse(null),
                r.answeredAt().orElse(null), r.answerNote().orElse(null), r.platformMessage().isPresent(),
                r.platformMessage().orElse(null));
    }
}
