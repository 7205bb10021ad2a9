package vn.lienthong.web.ui.adoption;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.lienthong.adoption.AdoptionExport;
import vn.lienthong.adoption.AdoptionExports;
import vn.lienthong.adoption.AdoptionFigures;
import vn.lienthong.adoption.AdoptionQuery;
import vn.lienthong.adoption.AdoptionReport;
import vn.lienthong.adoption.AdoptionSettings;
import vn.lienthong.adoption.ExportFormat;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Bảng điều khiển mức độ sử dụng: the auditor picks a month or a date range and an agency, sees the charts and
 * tables, sets the policy, and exports signed files. Each export is made once and kept here, so the file and its
 * signature are the same bytes.
 */
@Named
@ViewScoped
public class AdoptionDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdoptionFigures figures;

    @Inject
    AdoptionExports exports;

    @Inject
    AdoptionSettings settings;

    @Inject
    Clock clock;

    private boolean byRange;
    private String month;
    private LocalDate from;
    private LocalDate to;
    private String agencyCode;
    private boolean subAgencies = true;
    private boolean conceal;
    private Integer threshold;
    private transient AdoptionReport report;
    private boolean refused; // the filters were refused once: say so once, not on every read of the page
    private AdoptionExport export;

    public String getMonth() {
        if (month == null) {
            YearMonth now = YearMonth.now(clock);
            month = String.format("%02d/%d", now.getMonthValue(), now.getYear()); // as the charts show months
        }
        return month;
    }

    /** Recomputes with the filters as set. */
    public void show() {
        report = null;
        export = null;
        refused = false;
        getReport();
    }

    public AdoptionReport getReport() {
        if (report == null && !refused) {
            try {
                AdoptionReport made = figures.report(query());
                report = conceal ? figures.conceal(made, locale()) : made;
            } catch (DomainException e) {
                refused = true;
                FacesMessages.error(e);
            }
        }
        return report;
    }

    public String getRegularChart() {
        AdoptionReport r = getReport();
        return r == null ? "{}" : Charts.byAgency(r.agencies(), AdoptionReport.AgencyFigures::regularShare,
                text("adoption.chart.regular"), Charts.REGULAR);
    }

    public String getElectronicChart() {
        AdoptionReport r = getReport();
        return r == null ? "{}" : Charts.byAgency(r.agencies(), AdoptionReport.AgencyFigures::electronicShare,
                text("adoption.chart.electronic"), Charts.ELECTRONIC);
    }

    public String getTrendChart() {
        AdoptionReport r = getReport();
        return r == null ? "{}" : Charts.trend(r.trend(), text("adoption.chart.regular"), text("adoption.chart.electronic"));
    }

    public String getPolicyText() {
        AdoptionReport r = getReport();
        return r == null ? settings.policy().describe(locale()) : r.policyText(locale());
    }

    /** Makes one export; the page then offers the file and its signature. */
    public void export(String format) {
        try {
            export = exports.export(query(), ExportFormat.parse(format), conceal, locale());
            FacesMessages.info("adoption.export.ready", export.fileName());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public AdoptionExport getExport() {
        return export;
    }

    public StreamedContent getExportFile() {
        return export == null ? null : DefaultStreamedContent.builder().name(export.fileName())
                .contentType(export.contentType()).stream(() -> new ByteArrayInputStream(export.content())).build();
    }

    public StreamedContent getExportSignature() {
        return export == null || export.signature() == null ? null : DefaultStreamedContent.builder()
                .name(export.signatureFileName()).contentType("application/pkcs7-signature")
                .stream(() -> new ByteArrayInputStream(export.signature())).build();
    }

    public Integer getThreshold() {
        if (threshold == null) {
            threshold = settings.policy().thresholdPercent();
        }
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public void savePolicy() {
        if (FacesMessages.perform(() -> settings.setPolicy(threshold == null ? 0 : threshold),
                "adoption.policy.saved", threshold)) {
            show();
        }
    }

    /** 0–100 for a share, so that the page can draw a bar; 0 when there is nothing to measure. */
    public int width(Double share) {
        return share == null ? 0 : (int) Math.round(Math.max(0, Math.min(100, share)));
    }

    public String percent(Double share) {
        return share == null ? "–" : String.format(locale(), "%.1f%%", share);
    }

    private AdoptionQuery query() {
        AgencyCode agency = agencyCode == null || agencyCode.isBlank() ? null : AgencyCode.parse(agencyCode);
        if (byRange) {
            return new AdoptionQuery(from, to, agency, subAgencies);
        }
        return AdoptionQuery.month(AdoptionQuery.parseMonth(getMonth()), agency).forAgency(agency, subAgencies);
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "t").getString(key);
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public boolean isByRange() {
        return byRange;
    }

    public void setByRange(boolean byRange) {
        this.byRange = byRange;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public boolean isSubAgencies() {
        return subAgencies;
    }

    public void setSubAgencies(boolean subAgencies) {
        this.subAgencies = subAgencies;
    }

    public boolean isConceal() {
        return conceal;
    }

    public void setConceal(boolean conceal) {
        this.conceal = conceal;
    }
}
