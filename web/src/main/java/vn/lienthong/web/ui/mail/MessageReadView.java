package vn.lienthong.web.ui.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.mail.AttachmentInfo;
import vn.lienthong.mail.MailFolder;
import vn.lienthong.mail.MessageView;
import vn.lienthong.mail.RemoteImages;
import vn.lienthong.mail.Webmail;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * One message read: headers, the S/MIME verdict, the sanitised body in a sandboxed frame, attachments, and the
 * actions on it (mark unread, move, delete). Opening the page records one reading.
 */
@Named
@ViewScoped
public class MessageReadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Webmail webmail;

    private String folder = "INBOX";
    private long uid;
    private boolean showImages;
    private String target;
    private transient MessageView message;
    private transient List<MailFolder> folders;
    private Boolean draft;

    /** The view action: reads once per view, not on every postback. */
    public String load() {
        if (!webmail.isOpen()) {
            return "/leader/mail/index.xhtml?faces-redirect=true";
        }
        if (message == null) {
            try {
                message = webmail.read(folder, uid, showImages ? RemoteImages.SHOW : RemoteImages.BLOCK, inlineUrl());
            } catch (DomainException e) {
                FacesMessages.error(e);
            }
        }
        return null;
    }

    public MessageView getMessage() {
        return message;
    }

    public String getBodyUrl() {
        return MailLinks.body(contextPath(), folder, uid, showImages);
    }

    public String attachmentUrl(AttachmentInfo attachment) {
        return MailLinks.attachment(contextPath(), folder, uid, attachment.partPath());
    }

    public long sizeKb(AttachmentInfo attachment) {
        return Math.max(1, attachment.size() / 1024);
    }

    /** A message in Drafts offers "go on writing" besides reply and forward. */
    public boolean isDraft() {
        if (draft == null) {
            try {
                draft = webmail.use(box -> box.isDrafts(folder));
            } catch (DomainException e) {
                draft = false;
            }
        }
        return draft;
    }

    /** The move menu names the folders as the folder list does. */
    public String folderName(String fullName) {
        return MailLinks.folderName(fullName);
    }

    public List<MailFolder> getFolders() {
        if (folders == null) {
            try {
                folders = webmail.folders().stream().filter(f -> !f.fullName().equals(folder)).toList();
            } catch (DomainException e) {
                folders = List.of();
            }
        }
        return folders;
    }

    public String markUnread() {
        return act(() -> webmail.markRead(folder, uid, false), "mail.markedUnread");
    }

    public String move() {
        return act(() -> webmail.move(folder, uid, target), "mail.moved");
    }

    public String delete() {
        return act(() -> webmail.delete(folder, uid), "mail.deleted");
    }

    /** Does the action and goes back to the folder with the outcome said there. */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (DomainException e) {
            FacesMessages.error(e);
            return null;
        }
        FacesMessages.flashInfo(doneKey);
        return "/leader/mail/index.xhtml?faces-redirect=true&folder=" + MailLinks.encode(folder);
    }

    private String inlineUrl() {
        return MailLinks.inlineImages(contextPath(), folder, uid);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder == null || folder.isBlank() ? "INBOX" : folder;
    }

    public long getUid() {
        return uid;
    }

    public void setUid(long uid) {
        this.uid = uid;
    }

    public boolean isShowImages() {
        return showImages;
    }

    public String getImages() {
        return showImages ? "show" : null;
    }

    public void setImages(String images) {
        this.showImages = "show".equals(images);
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
