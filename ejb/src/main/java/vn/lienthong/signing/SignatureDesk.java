package vn.lienthong.signing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Signatures on demand, for people: anyone signed in checks a file and its signature, or fetches the trusted roots;
 * a clerk (văn thư) applies their own agency's signature to a file, which is audited with the file's SHA-256.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class SignatureDesk {

    @Inject
    Signatures signatures;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    /** @see Signatures#verify(String, byte[], String, byte[]) */
    public SignatureReport verify(String fileName, byte[] content, String signatureFileName, byte[] signature) {
        return signatures.verify(fileName, content, signatureFileName, signature);
    }

    public String trustedRootsPem() {
        return signatures.trustedRootsPem();
    }

    /** Signs a file in the clerk's own agency's name: PAdES inside a PDF, else a detached {@code .p7s}. */
    @RolesAllowed(Role.CLERK_NAME)
    public SignedFile signForOwnAgency(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidInputException("signature.fileName.missing");
        }
        Caller caller = directory.caller();
        SignedFile signed = signatures.signAsAgency(caller.agency(), fileName, content);
        audit.record(AuditAction.FILE_SIGNED, caller.agency().value(), "file:" + fileName, AuditOutcome.SUCCESS,
                (signed.isDetached() ? "CMS" : "PAdES") + ", SHA-256 " + sha256(content));
        return signed;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
