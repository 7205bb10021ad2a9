package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.HoldReason;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Văn bản bị giữ lại: a leader sees the agency's documents held for a secrecy stamp, reads the file, and releases the
 * document or re-marks its grade (which deletes its files and sends it to the paper carve-out).
 */
@Named
@ViewScoped
public class HeldDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentFiles files;

    private transient List<OutgoingDocument> list;
    private transient Map<Long, HoldReason> reasons;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, Secrecy> grades = new HashMap<>();

    public List<OutgoingDocument> getDocuments() {
        if (list == null) {
            list = files.held();
            reasons = new HashMap<>();
        }
        return list;
    }

    public HoldReason reason(OutgoingDocument document) {
        getDocuments();
        return reasons.computeIfAbsent(document.id(), id -> files.holdOf(id).orElse(null));
    }

    public String describe(OutgoingDocument document) {
        return HoldText.of(reason(document));
    }

    public List<DocumentFile> filesOf(OutgoingDocument document) {
        return files.ofOutgoing(document.id());
    }

    public void release(OutgoingDocument document) {
        FacesMessages.perform(() -> files.release(document.id(), notes.get(document.id())), "held.released");
        list = null;
    }

    public void remark(OutgoingDocument document) {
        Secrecy grade = grades.get(document.id());
        FacesMessages.perform(() -> {
            if (grade == null) {
                throw new InvalidInputException("hold.remark.grade");
            }
            files.remark(document.id(), grade);
        }, "held.remarked");
        list = null;
    }

    public List<Secrecy> getClassifiedGrades() {
        return Arrays.stream(Secrecy.values()).filter(Secrecy::isClassified).toList();
    }

    public Map<Long, String> getNotes() { return notes; }
    public Map<Long, Secrecy> getGrades() { return grades; }
}
