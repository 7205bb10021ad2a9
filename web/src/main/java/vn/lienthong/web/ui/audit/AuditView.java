package vn.lienthong.web.ui.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.audit.AuditEntry;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.audit.ChainVerification;

import java.io.Serializable;
import java.util.List;

/** Nhật ký hệ thống: the latest entries and a button that verifies the whole chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private transient List<AuditEntry> entries;
    private ChainVerification verification;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.recent(0, 200);
        }
        return entries;
    }

    public void verify() {
        verification = audit.verify();
        entries = null;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
