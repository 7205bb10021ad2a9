package vn.lienthong.exchange;

/** A request waiting for the recipient's answer, with the incoming document it is about. */
public record PendingRequest(DeliveryRequest request, IncomingDocument incoming) {
}
