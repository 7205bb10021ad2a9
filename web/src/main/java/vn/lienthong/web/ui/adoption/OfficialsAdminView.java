package vn.lienthong.web.ui.adoption;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.Official;
import vn.lienthong.adoption.OfficialRecord;
import vn.lienthong.adoption.Officials;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Danh bạ cán bộ: the administrator records postings (a move or a new position takes effect from a date), marks a
 * departure, and imports or exports the directory as CSV with bad rows reported by line.
 */
@Named
@ViewScoped
public class OfficialsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Officials officials;

    @Inject
    Clock clock;

    private transient List<Official> all;
    private String mailbox;
    private String fullName;
    private String agencyCode;
    private String position;
    private Leadership leadership = Leadership.LEADER;
    private LocalDate effectiveFrom;
    private LocalDate leavingOn;
    private List<String> csvErrors = List.of();

    public List<Official> getAll() {
        if (all == null) {
            all = officials.all();
        }
        return all;
    }

    public void record() {
        try {
            Officials.Outcome outcome = officials.record(new OfficialRecord(Mailbox.of(mailbox), fullName,
                    AgencyCode.parse(agencyCode), position, leadership,
                    effectiveFrom == null ? LocalDate.now(clock) : effectiveFrom, null));
            FacesMessages.info("officials.outcome." + outcome, mailbox);
            all = null;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void leave(Official official) {
        LocalDate last = leavingOn == null ? LocalDate.now(clock) : leavingOn;
        if (FacesMessages.perform(() -> officials.leave(official.mailbox(), last), "officials.left",
                official.fullName())) {
            all = null;
        }
    }

    public void importCsv(FileUploadEvent event) {
        try {
            Officials.ImportReport report = officials.importCsv(
                    new String(event.getFile().getContent(), StandardCharsets.UTF_8));
            csvErrors = report.errors().stream().map(e -> e.message(FacesContext.getCurrentInstance().getViewRoot()
                    .getLocale()) + " (" + lineLabel(e.line()) + ")").toList();
            FacesMessages.info("officials.imported", report.added(), report.changed(), report.unchanged(),
                    report.errors().size());
            all = null;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private static String lineLabel(long line) {
        return "#" + line;
    }

    public StreamedContent getCsv() {
        byte[] csv = officials.exportCsv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("officials.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public Leadership[] getLeaderships() {
        return Leadership.values();
    }

    public List<String> getCsvErrors() {
        return csvErrors;
    }

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Leadership getLeadership() {
        return leadership;
    }

    public void setLeadership(Leadership leadership) {
        this.leadership = leadership;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getLeavingOn() {
        return leavingOn;
    }

    public void setLeavingOn(LocalDate leavingOn) {
        this.leavingOn = leavingOn;
    }
}
