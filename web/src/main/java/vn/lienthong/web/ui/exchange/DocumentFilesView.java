package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.HoldReason;
import vn.lienthong.exchange.NewFile;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingDocuments;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tệp của văn bản đi: the clerk sees a document's files, adds to or removes from a draft, and sees why it is held. */
@Named
@ViewScoped
public class DocumentFilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutgoingDocuments documents;

    @Inject
    DocumentFiles files;

    private Long id;
    private FileRole role = FileRole.APPENDIX;
    private transient UploadedFile upload;
    private transient OutgoingDocument document;
    private transient List<DocumentFile> list;

    public OutgoingDocument getDocument() {
        if (document == null && id != null) {
            document = documents.find(id);
        }
        return document;
    }

    public List<DocumentFile> getFiles() {
        if (list == null) {
            list = getDocument() == null ? List.of() : files.ofOutgoing(id);
        }
        return list;
    }

    public Optional<HoldReason> getHold() {
        return getDocument() != null && getDocument().status() == OutgoingStatus.HELD ? files.holdOf(id) : Optional.empty();
    }

    public String getHoldText() {
        return HoldText.of(getHold().orElse(null));
    }

    public boolean isEditable() {
        return getDocument() != null && getDocument().status() == OutgoingStatus.DRAFT
                && !getDocument().secrecy().isClassified();
    }

    public void add() {
        List<NewFile> chosen = new ArrayList<>();
        UploadedFileList.one(role, upload, chosen);
        if (chosen.isEmpty()) {
            FacesMessages.error(new vn.lienthong.platform.InvalidInputException("file.name.required"));
            return;
        }
        try {
            NewFile file = chosen.get(0);
            files.add(id, file.role(), file.fileName(), file.content());
            FacesMessages.info("files.added", file.fileName());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        reload();
    }

    public void remove(DocumentFile file) {
        FacesMessages.perform(() -> files.remove(id, file.id()), "files.removed", file.fileName());
        reload();
    }

    public FileRole[] getRoles() {
        return new FileRole[]{FileRole.MAIN, FileRole.APPENDIX};
    }

    private void reload() {
        document = null;
        list = null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public FileRole getRole() { return role; }
    public void setRole(FileRole role) { this.role = role; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
