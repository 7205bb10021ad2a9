-- Directory: agencies and the accounts of the people who work in them.
-- Portable SQL: the same file runs on H2 (development, tests) and PostgreSQL (production, CI).

CREATE TABLE agency (
    code           VARCHAR(13)  NOT NULL PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    parent_code    VARCHAR(13)  REFERENCES agency (code),
    official_email VARCHAR(255),
    reach          VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);

-- password_hash holds bcrypt in modular-crypt form ($2a$cost$salt+hash), read by the Elytron jdbc-realm.
CREATE TABLE user_account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    agency_code   VARCHAR(13)  NOT NULL REFERENCES agency (code),
    full_name     VARCHAR(255) NOT NULL,
    position      VARCHAR(255),
    leadership    VARCHAR(16)  NOT NULL,
    mailbox       VARCHAR(255),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_account_role CHECK (role IN ('CLERK', 'LEADER', 'AUDITOR', 'ADMIN'))
);

CREATE INDEX user_account_agency ON user_account (agency_code);
