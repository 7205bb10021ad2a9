package vn.lienthong.content;

import vn.lienthong.platform.DomainException;

/**
 * A document marked ordinary (thường) whose text carries a secrecy stamp. Sending stops; a person with the right to
 * decide releases it or re-marks it, which sends it to the paper carve-out.
 */
public class UnmarkedClassifiedException extends DomainException {

    private final SecrecyStamp stamp;

    public UnmarkedClassifiedException(String fileName, SecrecyStamp stamp) {
        super(Kind.CONFLICT, "content.stamp.unmarked", fileName, stamp.level().label(), stamp.matched(), stamp.line());
        this.stamp = stamp;
    }

    public SecrecyStamp stamp() {
        return stamp;
    }
}
