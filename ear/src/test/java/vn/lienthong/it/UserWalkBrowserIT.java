package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the people of the demo city met on their pages and should not have: English Faces messages, labels missing
 * from the bundles, bare edXML codes, and a log's month that the import page ignored.
 */
@ExtendWith(ArquillianExtension.class)
class UserWalkBrowserIT extends LienThongEar {

    @Test
    void aClerkWhoLeavesRequiredFieldsEmptyIsToldInVietnamese() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("vanthu.sotttt", DEMO_PASSWORD);
            browser.click(By.linkText("Soạn văn bản"));
            String page = browser.driver.getPageSource();
            assertTrue(page.contains("1 – Không chỉ đạo"), "the steering type is named, not a bare code");
            browser.click(By.id("compose:save"));
            String messages = browser.text("messages");
            assertTrue(messages.contains("Trích yếu: bắt buộc nhập."), messages);
            assertFalse(messages.contains("Validation Error"), messages);
            browser.screenshot("walk-compose-required");
        }
    }

    @Test
    void everyStatusTheSearchOffersHasAVietnameseLabel() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("vanthu.sotttt", DEMO_PASSWORD);
            browser.click(By.linkText("Tra cứu văn bản"));
            String page = browser.driver.getPageSource();
            assertFalse(page.contains("???"), "a label is missing from the bundle");
            assertTrue(page.contains("Bị giữ lại"), "the held status is named");
        }
    }

    @Test
    void theMonthTypedBesideALogUploadIsUsed() throws Exception {
        Path log = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "maillog", "mail.log")
                .toAbsolutePath().normalize();
        try (Browser browser = Browser.open()) {
            browser.signIn("kiemtra", DEMO_PASSWORD);
            browser.click(By.linkText("Nhập nhật ký máy chủ thư"));
            browser.driver.findElement(By.id("upload:month")).sendKeys("tháng 11");
            browser.driver.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(log.toString());
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "không hợp lệ"));
            assertTrue(browser.text("messages").contains("Tháng \"tháng 11\" không hợp lệ"), browser.text("messages"));
            assertTrue(browser.driver.findElements(By.id("progress:bar")).isEmpty(), "nothing was imported");
            browser.screenshot("walk-import-month");
        }
    }

    @Test
    void theAdministratorsAgencyFormFitsAPhone() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.phoneSized();
            browser.signIn("quantri", DEMO_PASSWORD);
            browser.go("/admin/agencies.xhtml");
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            browser.screenshot("walk-admin-agencies-phone");
            assertTrue(overflow <= 0, "the page is " + overflow + " px wider than the phone");
        }
    }
}
