package vn.lienthong.web.api.adoption;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.adoption.AdoptionExport;
import vn.lienthong.adoption.AdoptionExports;
import vn.lienthong.adoption.AdoptionFigures;
import vn.lienthong.adoption.ExportFormat;
import vn.lienthong.adoption.ExportShelf;
import vn.lienthong.adoption.NotFoundException;
import vn.lienthong.adoption.AdoptionReport;
import vn.lienthong.adoption.AdoptionSettings;
import vn.lienthong.adoption.CalendarDayKind;
import vn.lienthong.adoption.CalendarEntry;
import vn.lienthong.adoption.MailLogImports;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.MailboxActivity;
import vn.lienthong.adoption.Officials;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Mức độ sử dụng thư điện tử công vụ: log imports, the officials directory, the calendar and policy, and the
 * figures. Who may do what is the services' business (auditors see names; others their own agency's aggregates).
 */
@Path("/adoption")
@Produces(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    @Inject
    MailLogImports imports;

    @Inject
    AdoptionFigures figures;

    @Inject
    AdoptionSettings settings;

    @Inject
    Officials officials;

    @Inject
    AdoptionExports exports;

    @Inject
    ExportShelf shelf;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** A calendar correction. {@code kind} null or blank makes the date an ordinary day again. */
    public record DayCorrection(String kind, String name) {
    }

    /** A whole percentage: 75.5 is refused, not cut to 75. */
    public record PolicyChange(@NotNull java.math.BigDecimal thresholdPercent) {
    }

    public record OfficialsImportView(int added, int changed, int unchanged, List<LineErrorView> errors) {
    }

    public record LineErrorView(long line, String message) {
    }

    /** An export made: fetch the file and its detached signature from the two links. */
    public record ExportView(String id, String fileName, String contentType, long size, boolean signed,
                             String fileUrl, String signatureUrl) {
    }

    @POST
    @Path("/imports")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, "application/gzip"})
    @Operation(summary = "Import one Postfix/Dovecot syslog file (plain or gzip), idempotently. `month` (yyyy-MM or MM/yyyy) is "
            + "the month of its first line when the timestamps have no year; guessed when absent")
    public ImportReportView importLog(InputStream body, @QueryParam("name") String name,
                                      @QueryParam("month") String month) {
        return ImportReportView.of(imports.importNow(name, body, Periods.month(month), "API"), locale(null));
    }

    @GET
    @Path("/figures")
    @Operation(summary = "Adoption figures for a month (yyyy-MM) or a date range, per agency (with sub-agencies) or "
            + "city-wide, with the policy they used. `conceal=true` replaces people with stable pseudonyms")
    public ReportView figures(@QueryParam("month") String month, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("agency") String agency,
                              @QueryParam("subAgencies") @DefaultValue("true") boolean subAgencies,
                              @QueryParam("conceal") @DefaultValue("false") boolean conceal,
                              @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        AdoptionReport report = figures.report(Periods.query(month, from, to, agency, subAgencies, clock));
        return ReportView.of(conceal ? figures.conceal(report, locale) : report, locale);
    }

    @POST
    @Path("/exports")
    @Operation(summary = "Export the figures as csv, xlsx or pdf (same parameters as /figures), signed with the "
            + "system's key; the file and its .p7s are then fetched from the links, kept for 30 minutes")
    public Response export(@QueryParam("format") String format, @QueryParam("month") String month,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("agency") String agency,
                           @QueryParam("subAgencies") @DefaultValue("true") boolean subAgencies,
                           @QueryParam("conceal") @DefaultValue("false") boolean conceal,
                           @QueryParam("lang") String lang) {
        AdoptionExport made = exports.export(Periods.query(month, from, to, agency, subAgencies, clock),
                ExportFormat.parse(format), conceal, locale(lang));
        String id = shelf.put(made);
        URI file = uri.getBaseUriBuilder().path(AdoptionResource.class).path("exports").path(id).build();
        URI signature = uri.getBaseUriBuilder().path(AdoptionResource.class).path("exports").path(id)
                .path("signature").build();
        return Response.created(file).entity(new ExportView(id, made.fileName(), made.contentType(),
                made.content().length, made.signature() != null, file.toString(),
                made.signature() == null ? null : signature.toString())).build();
    }

    @GET
    @Path("/exports/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The exported file")
    public Response exportFile(@PathParam("id") String id) {
        AdoptionExport export = shelf.get(id);
        return Response.ok(export.content(), export.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    @GET
    @Path("/exports/{id}/signature")
    @Produces("application/pkcs7-signature")
    @Operation(summary = "The export's detached CMS signature (DER), for openssl cms -verify -binary -inform DER")
    public Response exportSignature(@PathParam("id") String id) {
        AdoptionExport export = shelf.get(id);
        if (export.signature() == null) {
            throw new NotFoundException("adoption.export.unsigned");
        }
        return Response.ok(export.signature(), "application/pkcs7-signature")
                .header("Content-Disposition", "attachment; filename=\"" + export.signatureFileName() + "\"").build();
    }

    @GET
    @Path("/mailboxes/{address}")
    @Operation(summary = "One mailbox's counts over a period, from the per-day aggregates (auditors)")
    public MailboxActivity mailbox(@PathParam("address") String address, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        return figures.mailbox(Mailbox.of(address), Periods.date(from), Periods.date(to));
    }

    @GET
    @Path("/officials")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The officials directory as CSV, every posting with its dates")
    public Response exportOfficials() {
        return Response.ok(officials.exportCsv())
                .header("Content-Disposition", "attachment; filename=\"officials.csv\"").build();
    }

    @POST
    @Path("/officials")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import officials from CSV (UTF-8; email, full_name, agency_code, position, leadership or "
            + "is_leader, effective_from, effective_to). Bad rows are reported by line and skipped (administrators)")
    public OfficialsImportView importOfficials(String csv, @QueryParam("lang") String lang) {
        Officials.ImportReport report = officials.importCsv(csv == null ? "" : csv);
        Locale locale = locale(lang);
        return new OfficialsImportView(report.added(), report.changed(), report.unchanged(), report.errors().stream()
                .map(e -> new LineErrorView(e.line(), e.message(locale))).toList());
    }

    @GET
    @Path("/policy")
    @Operation(summary = "The regular-use policy in force")
    public ReportView.PolicyView policy(@QueryParam("lang") String lang) {
        int threshold = settings.policy().thresholdPercent();
        return new ReportView.PolicyView(threshold, settings.policy().describe(locale(lang)));
    }

    @PUT
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the regular-use threshold, 1–100% of a month's working days (auditors)")
    public ReportView.PolicyView setPolicy(@NotNull PolicyChange change, @QueryParam("lang") String lang) {
        java.math.BigDecimal asked = change.thresholdPercent();
        if (asked == null || asked.stripTrailingZeros().scale() > 0 || asked.compareTo(java.math.BigDecimal.ONE) < 0
                || asked.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("adoption.policy.threshold.invalid",
                    asked == null ? null : asked.toPlainString());
        }
        int threshold = asked.intValueExact();
        return new ReportView.PolicyView(threshold, settings.setPolicy(threshold).describe(locale(lang)));
    }

    @GET
    @Path("/calendar/{year}")
    @Operation(summary = "The working calendar's exceptions in a year: holidays, days off, make-up working days")
    public List<CalendarEntry> calendar(@PathParam("year") int year) {
        return settings.exceptions(year);
    }

    @PUT
    @Path("/calendar/days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct one date's kind (administrators): HOLIDAY, SWAPPED_OFF, MAKEUP_WORKDAY, or empty")
    public Response correctDay(@PathParam("date") String date, DayCorrection correction) {
        LocalDate day = Periods.date(date);
        String kind = correction == null ? null : correction.kind();
        CalendarDayKind parsed;
        try {
            parsed = kind == null || kind.isBlank() ? null : CalendarDayKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("adoption.calendar.unknownKind", kind.strip());
        }
        settings.correctDay(day, parsed, correction == null ? null : correction.name());
        return Response.noContent().build();
    }

    private Locale locale(String lang) {
        if (lang != null && !lang.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(lang.strip()));
        }
        List<Locale> accepted = headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
    }
}
