package vn.lienthong.exchange;

import java.util.List;

/**
 * What importing an edXML package gave: the recipient's incoming document and its files (refused ones carry their
 * refusal and no bytes). {@code replayed} when the same package had been imported before and nothing new was made.
 */
public record ImportedPackage(IncomingDocument incoming, OutgoingDocument document, List<DocumentFile> files,
                              boolean replayed) {

    public ImportedPackage {
        files = List.copyOf(files);
    }
}
