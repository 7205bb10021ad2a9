package vn.lienthong.exchange.edxml;

import java.time.LocalDate;
import java.util.Objects;

/** Where and when the document was issued (địa danh, ngày ban hành). */
public record PromulgationInfo(String place, LocalDate date) {

    public PromulgationInfo {
        Objects.requireNonNull(date, "date");
    }
}
