package vn.lienthong.web.ui.adoption;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.lienthong.adoption.AdoptionQuery;
import vn.lienthong.adoption.ImportJob;
import vn.lienthong.adoption.ImportJobs;
import vn.lienthong.adoption.MailLogImports;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.Messages;
import vn.lienthong.web.api.adoption.ImportReportView;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.YearMonth;

/**
 * Nhập nhật ký: the upload is staged, then imported on a container thread while the page polls the progress bar,
 * so a large log never blocks the page.
 */
@Named
@ViewScoped
public class LogImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailLogImports imports;

    @Inject
    ImportJobs jobs;

    private String month;
    private String jobId;

    public void upload(FileUploadEvent event) {
        monthAsSubmitted(event);
        try (InputStream in = event.getFile().getInputStream()) {
            MailLogImports.StagedLog staged = imports.stage(event.getFile().getFileName(), in, startingIn());
            ImportJob job = imports.open(staged);
            jobId = job.id();
            imports.run(job, staged);
        } catch (DomainException e) {
            FacesMessages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PrimeFaces broadcasts the upload's event while validating, before the month typed beside it reaches this bean:
     * take it from the field (validated just before, the field comes first), or it would be ignored and the year
     * guessed.
     */
    private void monthAsSubmitted(FileUploadEvent event) {
        if (event.getComponent().findComponent("month") instanceof UIInput field
                && field.getValue() instanceof String typed) {
            month = typed;
        }
    }

    private YearMonth startingIn() {
        return AdoptionQuery.parseMonth(month);
    }

    public ImportJob getJob() {
        return jobId == null ? null : jobs.job(jobId);
    }

    public int getProgress() {
        ImportJob job = getJob();
        return job == null ? 0 : job.percent();
    }

    public boolean isRunning() {
        ImportJob job = getJob();
        return job != null && job.state() == ImportJob.State.RUNNING;
    }

    public ImportReportView getReport() {
        ImportJob job = getJob();
        return job == null || job.report() == null ? null : ImportReportView.of(job.report(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Each unknown address with its number of events, as the report lists them. */
    public java.util.List<String> getUnknownMailboxes() {
        ImportReportView report = getReport();
        return report == null ? java.util.List.of() : report.unknownMailboxes().entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }

    public String getFailure() {
        ImportJob job = getJob();
        if (job == null || job.failureKey() == null) {
            return null;
        }
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), job.failureKey(),
                job.failureArguments());
    }

    public java.util.List<vn.lienthong.adoption.FiledImport> getRecent() {
        return imports.recent(20);
    }

    /** An import's moment as Vietnam reads it, dd/MM/yyyy HH:mm. */
    public String at(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(instant.atZone(vn.lienthong.platform.ClockProducer.VIETNAM));
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
