package vn.lienthong.mail.internal;

import org.junit.jupiter.api.Test;
import vn.lienthong.mail.MailAccount;
import vn.lienthong.mail.MailLoginMode;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailConnectionsTest {

    @Test
    void theMasterLoginNamesTheLeadersMailboxAndTheMaster() {
        MailAccount account = MailConnections.masterAccount("lanhdao.quan1@tphcm.gov.vn", "Lãnh đạo", "lienthong",
                "bi-mat", "{mailbox}*{master}");
        assertEquals("lanhdao.quan1@tphcm.gov.vn", account.address());
        assertEquals("lanhdao.quan1@tphcm.gov.vn*lienthong", account.login());
        assertEquals("bi-mat", account.password());
        assertTrue(!account.toString().contains("bi-mat"), "the password never reaches a log line");
    }

    @Test
    void passwordModeIsTheDefaultAndMasterMustBeAskedFor() {
        assertEquals(MailLoginMode.PASSWORD, MailLoginMode.parse(null));
        assertEquals(MailLoginMode.PASSWORD, MailLoginMode.parse(""));
        assertEquals(MailLoginMode.PASSWORD, MailLoginMode.parse("mastr"));
        assertEquals(MailLoginMode.MASTER, MailLoginMode.parse(" Master "));
    }

    @Test
    void everyProtocolGetsTimeoutsButConfiguredOnesStay() {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.timeout", "2000");
        MailConnections.withTimeouts(properties, 10_000);
        assertEquals("2000", properties.getProperty("mail.imap.timeout"));
        assertEquals("10000", properties.getProperty("mail.imap.connectiontimeout"));
        assertEquals("10000", properties.getProperty("mail.smtp.timeout"));
        assertEquals("10000", properties.getProperty("mail.imaps.writetimeout"));
        assertEquals("true", properties.getProperty("mail.smtp.auth"));
    }

    @Test
    void noAnchorFileMeansNoAnchorsAndABrokenOneIsSaidNotThrown() {
        assertTrue(MailConnections.trustAnchors("").isEmpty());
        assertTrue(MailConnections.trustAnchors("/nonexistent/anchors.pem").isEmpty());
    }
}
