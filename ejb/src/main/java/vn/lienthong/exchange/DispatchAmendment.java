package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk corrects on a recorded paper dispatch, and why. A null field stays as it was; recipients change when
 * either list is given (both together are the new list); a blank note removes the note. The reason is required.
 */
public record DispatchAmendment(LocalDate dispatchedOn, CarriageMethod carriage, Integer copies,
                                List<AgencyCode> agencies, List<String> externalRecipients, String note,
                                String reason) {

    /** Whether the recipients are to be replaced. */
    public boolean changesRecipients() {
        return agencies != null || externalRecipients != null;
    }
}
