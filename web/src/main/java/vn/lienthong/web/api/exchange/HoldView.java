package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.HoldReason;
import vn.lienthong.platform.Messages;

import java.util.Locale;

/** Why a document is held: the file, the stamp as written and where, and the reason in the reader's language. */
public record HoldView(long documentId, Long fileId, String fileName, String grade, String gradeLabel, String matched,
                       int line, int offset, String message) {

    static HoldView of(long documentId, HoldReason r, Locale locale) {
        return new HoldView(documentId, r.fileId(), r.fileName(), r.grade().name(), r.grade().label(), r.matched(),
                r.line(), r.offset(), Messages.format(locale, "content.stamp.unmarked", r.fileName(), r.grade().label(),
                r.matched(), r.line()));
    }
}
