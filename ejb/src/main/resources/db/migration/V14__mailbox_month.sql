-- Decision 061: figures over long periods read one row per mailbox and month, kept in step with mailbox_day.

-- The last day of each date's month, so that a query can tell whether a posting covers a whole month.
ALTER TABLE calendar_day ADD COLUMN month_last DATE;
UPDATE calendar_day SET month_last = (SELECT MAX(l.calendar_date) FROM calendar_day l
                                      WHERE l.month_first = calendar_day.month_first);
ALTER TABLE calendar_day ALTER COLUMN month_last SET NOT NULL;

-- The month's day rows added up (days outside the calendar are left out, as the figures' join leaves them out).
-- Rebuilt from mailbox_day for the mailbox-months a store touches, and for a whole month when its calendar changes.
CREATE TABLE mailbox_month (
    mailbox             VARCHAR(254) NOT NULL,
    month_first         DATE         NOT NULL,
    month_last          DATE         NOT NULL,
    active_days         INTEGER      NOT NULL,
    active_working_days INTEGER      NOT NULL,
    webmail_logins      BIGINT       NOT NULL,
    imap_logins         BIGINT       NOT NULL,
    pop3_logins         BIGINT       NOT NULL,
    messages_sent       BIGINT       NOT NULL,
    messages_received   BIGINT       NOT NULL,
    last_active         DATE,
    PRIMARY KEY (mailbox, month_first)
);

CREATE INDEX mailbox_month_month ON mailbox_month (month_first, mailbox);

INSERT INTO mailbox_month (mailbox, month_first, month_last, active_days, active_working_days, webmail_logins,
                           imap_logins, pop3_logins, messages_sent, messages_received, last_active)
SELECT d.mailbox, c.month_first, c.month_last, SUM(CASE WHEN d.active THEN 1 ELSE 0 END),
       SUM(CASE WHEN d.active AND c.working THEN 1 ELSE 0 END), SUM(d.webmail_logins), SUM(d.imap_logins),
       SUM(d.pop3_logins), SUM(d.messages_sent), SUM(d.messages_received),
       MAX(CASE WHEN d.active THEN d.activity_day END)
FROM mailbox_day d JOIN calendar_day c ON c.calendar_date = d.activity_day
GROUP BY d.mailbox, c.month_first, c.month_last;

-- The electronic share beside the figures reads a period's outgoing documents by issue date: without this index every
-- report read every document ever issued.
CREATE INDEX outgoing_document_issued ON outgoing_document (issued_at, agency_code, secrecy, paper_only, status);
