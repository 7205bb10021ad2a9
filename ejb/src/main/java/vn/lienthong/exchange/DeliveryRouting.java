package vn.lienthong.exchange;

/** Where a delivery is on its way, before and apart from what the recipient does with it. */
public enum DeliveryRouting {
    /** Persisted and on the routing queue. */
    QUEUED,
    /** In the recipient agency's inbox, as an incoming document. */
    DELIVERED,
    /** Written as an edXML package to the national platform's outbox. */
    EXPORTED,
    /** Redelivery gave up; the sender sees it and may send again. */
    FAILED
}
