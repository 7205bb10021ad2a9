package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.DocumentHit;
import vn.lienthong.exchange.DocumentQuery;
import vn.lienthong.exchange.DocumentSearch;
import vn.lienthong.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Tra cứu văn bản: the caller's agency's outgoing and incoming documents. */
@Path("/documents/search")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentSearchResource {

    @Inject
    DocumentSearch search;

    @GET
    @Operation(summary = "Search by subject words (diacritics and case ignored), number/notation, the other agency, "
            + "date range (yyyy-MM-dd, inclusive) and status")
    public List<DocumentHit> search(@QueryParam("q") String words, @QueryParam("number") String number,
                                    @QueryParam("agency") String agency, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("status") String status) {
        return search.search(new DocumentQuery(words, number,
                agency == null || agency.isBlank() ? null : AgencyCode.parse(agency), date(from), date(to), status));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request.date.invalid", text);
        }
    }
}
