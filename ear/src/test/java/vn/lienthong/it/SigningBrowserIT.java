package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.QUAN1;
import static vn.lienthong.it.ExchangeFixtures.awaitInInbox;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.drafted;
import static vn.lienthong.it.ExchangeFixtures.shared;
import static vn.lienthong.it.ExchangeFixtures.upload;

/**
 * A clerk checks signatures on the Vietnamese page, on a phone-sized screen, and sees on an incoming document what
 * checking its signatures found when it arrived.
 */
@ExtendWith(ArquillianExtension.class)
class SigningBrowserIT extends LienThongEar {

    private static final Path SIGNATURES = Path.of(System.getProperty("shared.dir", "../../shared"),
            "fixtures/signatures").toAbsolutePath().normalize();

    @Test
    void aClerkSeesTheVerdictSignerTimeAndChain() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.phoneSized();
            browser.signIn("vanthu.quan1", DEMO_PASSWORD);
            browser.go("/clerk/signatures.xhtml");
            assertTrue(browser.driver.getPageSource().contains("Kiểm tra chữ ký"));

            browser.driver.findElement(By.id("check:file"))
                    .sendKeys(SIGNATURES.resolve("pades/congvan.signed.pdf").toString());
            browser.click(By.id("check:verify"));
            assertEquals("Hợp lệ", browser.text("verdict-text"));
            assertEquals("VALID", browser.text("verdict-code"));
            assertTrue(browser.text("signing-time").matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d"),
                    browser.text("signing-time"));
            assertTrue(browser.driver.findElements(By.cssSelector("#chain tbody tr")).size() >= 2,
                    "the chain up to the root is listed");
            Number overflow = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 390 px: " + overflow);
            browser.screenshot("signatures-valid-390");

            // A .docx signature paired with a PDF: the page says the files do not belong together.
            browser.driver.findElement(By.id("check:file")).sendKeys(SIGNATURES.resolve("docs/congvan.pdf").toString());
            browser.driver.findElement(By.id("check:signature"))
                    .sendKeys(SIGNATURES.resolve("cms/congvan.docx.sotttt.p7s").toString());
            browser.click(By.id("check:verify"));
            assertEquals("Không hợp lệ", browser.text("verdict-text"));
            assertTrue(browser.text("reason-text").contains("ghép nhầm"), browser.text("reason-text"));
            browser.screenshot("signatures-wrong-content-390");

            // No file chosen: a Vietnamese message, no report.
            browser.go("/clerk/signatures.xhtml");
            browser.click(By.id("check:verify"));
            assertTrue(browser.driver.getPageSource().contains("Cần chọn tệp cần kiểm tra"));
        }
    }

    @Test
    void aClerkSeesTheArrivalVerdictInVietnameseAndCanOnlyReturnAnInvalidDocument() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        String subject = "Giấy mời ký số " + UUID.randomUUID().toString().substring(0, 8);
        long id = drafted(sender, draft(subject, "THUONG", QUAN1));
        assertEquals(201, upload(sender, id, "MAIN", "giay-moi.pdf", shared("fixtures", "signatures", "docs", "congvan.pdf")).status());
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/issue", "").status());
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/send", "").status());
        long valid = awaitInInbox(Api.as("vanthu.quan1", DEMO_PASSWORD), subject).getJsonNumber("id").longValue();
        Api.Answer imported = Api.as("vanthu.quan3", DEMO_PASSWORD).postBytes("/api/documents/incoming/edxml",
                SignedExchangeIT.withAppendixChanged(SignedExchangeIT.exportedPackage("Phụ lục bị sửa " + UUID.randomUUID())),
                "application/xml");
        assertEquals(201, imported.status(), imported.body());
        long invalid = imported.<jakarta.json.JsonObject>json().getJsonObject("incoming").getJsonNumber("id").longValue();

        try (Browser quan1 = Browser.open()) {
            quan1.signIn("vanthu.quan1", DEMO_PASSWORD);
            quan1.go("/clerk/incoming-document.xhtml?id=" + valid);
            assertEquals("Hợp lệ", quan1.text("verdictText"));
            String checks = quan1.text("signatureChecks");
            assertTrue(checks.contains("giay-moi.pdf") && checks.contains("Sở Thông tin và Truyền thông"), checks);
            assertTrue(checks.matches("(?s).*\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d.*"), "signing time dd/MM/yyyy HH:mm: " + checks);
            quan1.screenshot("signatures-incoming-valid");
        }
        try (Browser quan3 = Browser.open()) {
            quan3.signIn("vanthu.quan3", DEMO_PASSWORD);
            quan3.go("/clerk/incoming-document.xhtml?id=" + invalid);
            assertEquals("Không hợp lệ", quan3.text("verdictText"));
            assertTrue(quan3.text("verdictReason").contains("đã bị thay đổi sau khi ký"), quan3.text("verdictReason"));
            assertTrue(quan3.driver.findElements(By.id("decide:accept")).isEmpty(), "no accept for an INVALID signature");
            String reason = quan3.driver.findElement(By.id("decide:returnReason")).getAttribute("value");
            assertTrue(reason.startsWith("Chữ ký số không hợp lệ, tệp \"phu-luc.docx\""), reason);
            quan3.screenshot("signatures-incoming-invalid");
            quan3.driver.findElement(By.id("decide:return")).click();
            new WebDriverWait(quan3.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("status")).getText().contains("Từ chối tiếp nhận"));
        }
        String returned = Api.as("vanthu.quan3", DEMO_PASSWORD).get("/api/documents/incoming/" + invalid)
                .<jakarta.json.JsonObject>json().getString("returnReason");
        assertTrue(returned.contains("phu-luc.docx"), "the prefilled reason went back: " + returned);
    }
}
