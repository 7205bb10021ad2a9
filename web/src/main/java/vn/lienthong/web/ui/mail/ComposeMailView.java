package vn.lienthong.web.ui.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.lienthong.mail.Draft;
import vn.lienthong.mail.PartContent;
import vn.lienthong.mail.Webmail;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Soạn thư: a new message, a reply, a reply to all or a forward, with attachments; sent or saved as a draft. */
@Named
@ViewScoped
public class ComposeMailView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What one message may carry in all; mail servers commonly refuse more than 25 MB once encoded. */
    static final int MAX_ATTACHMENTS_MB = 18;

    /** An attachment waiting to be sent: kept with the view between uploads. */
    public record Attachment(String fileName, String contentType, byte[] bytes) implements Serializable {
        public int getSizeKb() {
            return Math.max(1, bytes.length / 1024);
        }
    }

    @Inject
    Webmail webmail;

    private String mode = "new";
    private String folder;
    private long uid;
    private boolean prepared;
    private String to;
    private String cc;
    private String bcc;
    private String subject;
    private String text;
    private String inReplyTo;
    private String references;
    private boolean sign;
    private Boolean signingAvailable;
    private final List<Attachment> attachments = new ArrayList<>();
    private transient Part upload;
    /** The uid in Drafts of the draft being written on again, or 0. */
    private long reopenedDraft;

    /** The view action: a reply or forward starts from the message, once per view. */
    public String prepare() {
        if (!webmail.isOpen()) {
            return "/leader/mail/index.xhtml?faces-redirect=true";
        }
        if (prepared || folder == null || uid < 1) {
            prepared = true;
            return null;
        }
        prepared = true;
        try {
            Draft draft = switch (mode) {
                case "reply" -> webmail.use(box -> box.reply(folder, uid, false));
                case "replyAll" -> webmail.use(box -> box.reply(folder, uid, true));
                case "forward" -> webmail.use(box -> box.forward(folder, uid));
                case "draft" -> webmail.use(box -> box.reopenDraft(uid));
                default -> null;
            };
            if ("draft".equals(mode)) {
                reopenedDraft = uid;
            }
            if (draft != null) {
                fill(draft);
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        return null;
    }

    private void fill(Draft draft) {
        to = String.join(", ", draft.to());
        cc = String.join(", ", draft.cc());
        subject = draft.subject();
        text = draft.text();
        inReplyTo = draft.inReplyTo();
        references = draft.references();
        bcc = String.join(", ", draft.bcc());
        for (PartContent part : draft.attachments()) {
            attachments.add(new Attachment(part.fileName(), part.contentType(), part.bytes()));
        }
    }

    /** Adds the chosen file to the message. */
    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            long total = attachments.stream().mapToLong(a -> a.bytes().length).sum() + upload.getSize();
            if (total > MAX_ATTACHMENTS_MB * 1024L * 1024L) {
                throw new InvalidInputException("mail.upload.tooLarge", MAX_ATTACHMENTS_MB);
            }
            String type = upload.getContentType() == null ? "application/octet-stream" : upload.getContentType();
            attachments.add(new Attachment(fileName(upload.getSubmittedFileName()), type.split(";")[0].strip(),
                    in.readAllBytes()));
        } catch (DomainException e) {
            FacesMessages.error(e);
        } catch (IOException e) {
            FacesMessages.error(new InvalidInputException("request.invalid"));
        } finally {
            upload = null;
        }
    }

    public void remove(Attachment attachment) {
        attachments.remove(attachment);
    }

    public String send() {
        return finish(draft -> webmail.send(draft, sign && isSigningAvailable()), "mail.sent", "Sent");
    }

    /** The "Ký số S/MIME" box shows only for a leader with a signing certificate configured. */
    public boolean isSigningAvailable() {
        if (signingAvailable == null) {
            signingAvailable = webmail.canSign();
        }
        return signingAvailable;
    }

    public String saveDraft() {
        return finish(webmail::saveDraft, "mail.draftSaved", "Drafts");
    }

    /** Takes a file still chosen along, does the action, and shows the folder the message went to. */
    private String finish(Consumer<Draft> action, String doneKey, String folderShown) {
        attach();
        try {
            action.accept(draft());
        } catch (DomainException e) {
            FacesMessages.error(e);
            return null;
        }
        if (reopenedDraft > 0) {
            // The newer version is in Sent or Drafts now; the draft it came from would be a stale copy.
            try {
                webmail.discardDraft(reopenedDraft);
                reopenedDraft = 0;
            } catch (DomainException e) {
                FacesMessages.error(e); // kept over the redirect by flashInfo below
            }
        }
        FacesMessages.flashInfo(doneKey);
        return "/leader/mail/index.xhtml?faces-redirect=true&folder=" + folderShown;
    }

    private Draft draft() {
        List<PartContent> parts = attachments.stream()
                .map(a -> new PartContent(a.fileName(), a.contentType(), a.bytes())).toList();
        return new Draft(addresses(to), addresses(cc), addresses(bcc), subject, text, parts, inReplyTo, references);
    }

    /** Addresses as people type them: separated by commas or semicolons. */
    static List<String> addresses(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Browsers send a bare name, old ones a full path: keep the last segment only. */
    static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return "tep-dinh-kem";
        }
        String name = submitted.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode == null ? "new" : mode;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public long getUid() {
        return uid;
    }

    public void setUid(long uid) {
        this.uid = uid;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCc() {
        return cc;
    }

    public void setCc(String cc) {
        this.cc = cc;
    }

    public String getBcc() {
        return bcc;
    }

    public void setBcc(String bcc) {
        this.bcc = bcc;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isSign() {
        return sign;
    }

    public void setSign(boolean sign) {
        this.sign = sign;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
