package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** A file over the configured size limit (413): refused before it is read to the end. */
public class FileTooLargeException extends DomainException {

    public FileTooLargeException(long limitBytes) {
        super(Kind.TOO_LARGE, "file.tooLarge", limitBytes / (1024 * 1024));
    }
}
