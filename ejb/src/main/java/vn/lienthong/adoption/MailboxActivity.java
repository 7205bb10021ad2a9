package vn.lienthong.adoption;

import java.time.LocalDate;

/** One mailbox's counts over a period, straight from the per-day aggregates: what an auditor checks a log against. */
public record MailboxActivity(String mailbox, LocalDate first, LocalDate last, int activeDays, long webmailLogins,
                              long webmailReads, long imapLogins, long pop3Logins, long failedLogins, long sent,
                              long received, LocalDate lastActive) {
}
