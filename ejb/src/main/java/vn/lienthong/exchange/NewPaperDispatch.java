package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk records about a paper dispatch: the date it left, how it was carried, how many copies, and to whom:
 * agencies of the directory and recipients outside it, named as written on the envelope.
 */
public record NewPaperDispatch(long documentId, LocalDate dispatchedOn, CarriageMethod carriage, Integer copies,
                               List<AgencyCode> agencies, List<String> externalRecipients, String note) {
}
