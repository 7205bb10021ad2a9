package vn.lienthong.exchange;

import java.time.Instant;

/** One document found: which way it went, its number, subject, the other agency, its date and status. */
public record DocumentHit(Direction direction, long id, String number, String subject, String counterpart,
                          Instant date, String status) {

    /** Đi or đến. */
    public enum Direction { OUTGOING, INCOMING }
}
