package vn.lienthong.adoption;

/**
 * One exported file and its detached CMS signature ({@code .p7s}, DER), which anyone can check with
 * {@code openssl cms -verify -binary -inform DER -content FILE -in FILE.p7s -CAfile ROOTS}.
 *
 * @param signature {@code null} only while the system has no signing key
 */
public record AdoptionExport(String fileName, String contentType, byte[] content, byte[] signature)
        implements java.io.Serializable {

    public String signatureFileName() {
        return fileName + ".p7s";
    }
}
