package vn.lienthong.exchange.edxml;

import vn.lienthong.exchange.Priority;

import java.util.List;
import java.util.Objects;

/**
 * The rest of the header.
 *
 * @param promulgationAmount number of copies issued; null when absent
 * @param pageAmount         number of pages; null when absent
 * @param appendixes         names of the appendices, blanks left out
 */
public record OtherInfo(Priority priority, String sphereOfPromulgation, String typerNotation,
                        Integer promulgationAmount, Integer pageAmount, boolean direction, List<String> appendixes) {

    public OtherInfo {
        Objects.requireNonNull(priority, "priority");
        appendixes = List.copyOf(appendixes);
    }
}
