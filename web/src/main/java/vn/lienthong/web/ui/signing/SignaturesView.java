package vn.lienthong.web.ui.signing;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;
import vn.lienthong.signing.CertificateSummary;
import vn.lienthong.signing.SignatureDesk;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.SignedFile;
import vn.lienthong.web.ui.platform.FacesMessages;
import vn.lienthong.web.platform.ContentDisposition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Chữ ký số: check an uploaded file (with its .p7s when detached), or sign one in the clerk's agency's name. */
@Named
@ViewScoped
public class SignaturesView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The same limit as the API's. */
    private static final int MAX_MB = 10;

    /** The report as the page shows it: texts already in the page's language. */
    public record ReportView(String verdict, String verdictText, String reasonText, String signerName,
                             String signerOrganisation, Instant signingTime, List<CertificateSummary> chain)
            implements Serializable {
    }

    @Inject
    SignatureDesk desk;

    private transient Part file;
    private transient Part signature;
    private transient Part toSign;
    private ReportView report;
    private String checkedFileName;

    public void verify() {
        try {
            byte[] content = read(file);
            if (content == null) {
                throw new InvalidInputException("signature.upload.fileMissing");
            }
            byte[] detached = read(signature);
            SignatureReport result = desk.verify(name(file), content, detached == null ? null : name(signature),
                    detached);
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            report = new ReportView(result.verdict().name(), Messages.format(locale, result.verdict().messageKey()),
                    Messages.format(locale, result.reason().messageKey()), result.signerName(),
                    result.signerOrganisation(), result.signingTime(),
                    result.chain().stream().map(CertificateSummary::of).toList());
            checkedFileName = name(file);
        } catch (DomainException e) {
            report = null;
            FacesMessages.error(e);
        }
    }

    /** Sends the signed PDF, or the .p7s of any other file, as a download. */
    public void sign() {
        try {
            byte[] content = read(toSign);
            if (content == null) {
                throw new InvalidInputException("signature.upload.fileMissing");
            }
            SignedFile signed = desk.signForOwnAgency(name(toSign), content);
            if (signed.isDetached()) {
                download(signed.detachedSignature(), "application/pkcs7-signature", signed.signatureFileName());
            } else {
                download(signed.content(), "application/pdf", name(toSign));
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private static void download(byte[] bytes, String type, String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(name));
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** An empty file field sends a part without bytes: that is no file. */
    private static byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > MAX_MB * 1024L * 1024L) {
            throw new InvalidInputException("signature.upload.tooLarge", name(part), MAX_MB);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Part part) {
        String submitted = part.getSubmittedFileName();
        return submitted == null || submitted.isBlank() ? part.getName()
                : submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Part getSignature() { return signature; }
    public void setSignature(Part signature) { this.signature = signature; }
    public Part getToSign() { return toSign; }
    public void setToSign(Part toSign) { this.toSign = toSign; }
    public ReportView getReport() { return report; }
    public String getCheckedFileName() { return checkedFileName; }
}
