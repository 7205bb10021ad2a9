package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** Signing was asked for, but no S/MIME certificate is configured for this leader's mailbox. */
public class SmimeNotConfiguredException extends DomainException {

    public SmimeNotConfiguredException() {
        super(Kind.CONFLICT, "mail.smime.notConfigured");
    }
}
