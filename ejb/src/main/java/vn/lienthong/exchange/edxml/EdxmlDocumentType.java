package vn.lienthong.exchange.edxml;

import vn.lienthong.exchange.DocumentType;

/**
 * The package's own {@code DocumentType} codes, kept as written: QCVN 102's code lists for {@code Type} and
 * {@code TypeDetail} are not at hand, and both real packages send {@code 1}/{@code 0} for a công văn.
 */
public record EdxmlDocumentType(String type, String typeDetail, String typeName) {

    /** The codes both real packages use, with the type's Vietnamese name. */
    public static EdxmlDocumentType of(DocumentType type) {
        return new EdxmlDocumentType("1", "0", type.label());
    }

    /** The domain type its name denotes; {@link DocumentType#OTHER} for names not in the list. */
    public DocumentType kind() {
        return DocumentType.fromName(typeName);
    }
}
