package vn.lienthong.exchange;

/** What a file is to its document. */
public enum FileRole {
    /** Tệp văn bản chính: at most one per document. */
    MAIN,
    /** Phụ lục: any number. */
    APPENDIX,
    /** A detached signature (.p7s) over another file of the document, added when the document is signed. */
    SIGNATURE
}
