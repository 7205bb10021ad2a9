package vn.lienthong.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.adoption.internal.export.ReportCsv;
import vn.lienthong.adoption.internal.export.ReportPdf;
import vn.lienthong.adoption.internal.export.ReportTables;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.adoption.internal.export.ReportXlsx;
import vn.lienthong.platform.Role;
import vn.lienthong.signing.Signatures;

import java.util.Locale;

/**
 * Xuất báo cáo: the figures as CSV, XLSX or PDF, each stating the policy, with a detached signature made with the
 * system's key so that anyone can prove the figures were not changed. Scoping is the figures' own: an export never
 * shows more than the screen would.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.CLERK_NAME, Role.LEADER_NAME})
public class AdoptionExports {

    @Inject
    AdoptionFigures figures;

    @Inject
    AuditTrail audit;

    @Inject
    Signatures signatures;

    public AdoptionExport export(AdoptionQuery query, ExportFormat format, boolean conceal, Locale locale) {
        AdoptionReport report = figures.report(query);
        if (conceal) {
            report = figures.conceal(report, locale);
        }
        ReportTables tables = new ReportTables(report, locale);
        byte[] content = switch (format) {
            case CSV -> ReportCsv.write(tables);
            case XLSX -> ReportXlsx.write(tables);
            case PDF -> ReportPdf.write(tables);
        };
        String name = "adoption-" + (report.scopeCode().isEmpty() ? "city" : report.scopeCode()) + "-"
                + report.first() + "_" + report.last() + "." + format.extension();
        audit.record(AuditAction.ADOPTION_EXPORTED, report.scopeCode().isEmpty() ? null : report.scopeCode(),
                "adoption:" + name, AuditOutcome.SUCCESS, format + (conceal ? ", names concealed" : ""));
        return new AdoptionExport(name, format.contentType(), content, signatures.signAsSystem(content));
    }
}
