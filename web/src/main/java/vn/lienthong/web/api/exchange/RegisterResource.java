package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.DocumentRegisters;
import vn.lienthong.exchange.RegisterFormat;
import vn.lienthong.exchange.RegisterSeries;
import vn.lienthong.exchange.RegisterSheet;
import vn.lienthong.platform.InvalidInputException;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;

/**
 * Sổ đăng ký văn bản đi / đến (Decree 30/2020, ten columns) for one year: as JSON, or as a PDF or XLSX file with
 * {@code format=pdf|xlsx}. The caller's own agency unless an auditor or administrator names another.
 */
@Path("/registers")
public class RegisterResource {

    @Inject
    DocumentRegisters registers;

    @Inject
    Clock clock;

    @GET
    @Path("/outgoing")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The outgoing register of a year; series SECRET is the classified documents' register")
    public Response outgoing(@QueryParam("year") Integer year, @QueryParam("series") String series,
                             @QueryParam("agency") String agency, @QueryParam("format") String format) {
        RegisterSeries chosen = series == null || series.isBlank() ? RegisterSeries.NORMAL : series(series);
        return answer(registers.outgoing(agency(agency), year(year), chosen), format);
    }

    @GET
    @Path("/incoming")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The incoming register of a year: every document accepted, by its arrival number (số đến)")
    public Response incoming(@QueryParam("year") Integer year, @QueryParam("agency") String agency,
                             @QueryParam("format") String format) {
        return answer(registers.incoming(agency(agency), year(year)), format);
    }

    private static Response answer(RegisterSheet sheet, String format) {
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
            return Response.ok(sheet, MediaType.APPLICATION_JSON_TYPE).build();
        }
        RegisterFormat chosen;
        try {
            chosen = RegisterFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("register.format.invalid", format);
        }
        return Response.ok(chosen.render(sheet), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName(sheet) + "\"").build();
    }

    private static RegisterSeries series(String text) {
        try {
            return RegisterSeries.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("register.series.invalid", text);
        }
    }

    private static AgencyCode agency(String code) {
        return code == null || code.isBlank() ? null : AgencyCode.parse(code);
    }

    private int year(Integer year) {
        return year == null ? Year.now(clock).getValue() : year;
    }
}
