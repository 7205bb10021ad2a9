package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk checks signatures on the Vietnamese page, on a phone-sized screen. */
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
}
