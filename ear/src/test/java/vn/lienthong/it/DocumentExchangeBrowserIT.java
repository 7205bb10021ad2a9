package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main path in the clerks' Vietnamese pages: Sở TT&TT sends to Quận 1 and Quận 3; one accepts, one returns. */
@ExtendWith(ArquillianExtension.class)
class DocumentExchangeBrowserIT extends LienThongEar {

    private static By row(String subject) {
        return By.xpath("//tr[.//span[@class='lt-subject' and normalize-space()='" + subject + "']]");
    }

    /** Waits, re-reading the page, until the row of this subject satisfies the check; ajax replaces rows under us. */
    private static WebElement awaitRow(Browser browser, String subject, Function<WebElement, Boolean> check) throws Exception {
        try {
            return new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until((WebDriver d) -> {
                        WebElement row = d.findElement(row(subject));
                        return check.apply(row) ? row : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("exchange-timeout");
            throw e;
        }
    }

    @Test
    void aClerkSendsToTwoAgenciesOneAcceptsOneReturnsAndTheSenderSeesBoth() throws Exception {
        String subject = "Về việc triển khai thư điện tử công vụ " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser sender = Browser.open()) {
            sender.signIn("vanthu.sotttt", DEMO_PASSWORD);
            sender.composeLetter(subject, "Ủy ban nhân dân Quận 1", "Ủy ban nhân dân Quận 3");
            // A day that does not exist is refused, not moved to the month's last day (31/02 became 28/02).
            sender.driver.findElement(By.id("compose:dueDate_input")).sendKeys("31/02/2026");
            sender.click(By.id("compose:save"));
            assertTrue(sender.text("messages").contains("'31/02/2026' không phải là ngày hợp lệ"), sender.text("messages"));
            sender.driver.findElement(By.id("compose:dueDate_input")).clear();
            sender.screenshot("exchange-compose");
            sender.click(By.id("compose:save"));
            assertTrue(sender.text("messages").contains("Đã lưu dự thảo"));

            awaitRow(sender, subject, r -> true).findElement(By.xpath(".//button[.//span[text()='Cấp số']]")).click();
            awaitRow(sender, subject, r -> r.getText().contains("/STTTT-VP"))
                    .findElement(By.xpath(".//button[.//span[text()='Gửi']]")).click();
            awaitRow(sender, subject, r -> r.getText().contains("Đã gửi"));
        }
        try (Browser quan1 = Browser.open()) {
            quan1.signIn("vanthu.quan1", DEMO_PASSWORD);
            quan1.click(By.linkText("Văn bản đến"));
            awaitRowAfterRefresh(quan1, subject).findElement(By.xpath(".//button[.//span[text()='Tiếp nhận']]")).click();
            awaitRow(quan1, subject, r -> r.getText().contains("03 Đã tiếp nhận"));
            quan1.screenshot("exchange-inbox-accepted");
        }
        try (Browser quan3 = Browser.open()) {
            quan3.signIn("vanthu.quan3", DEMO_PASSWORD);
            quan3.click(By.linkText("Văn bản đến"));
            WebElement row = awaitRowAfterRefresh(quan3, subject);
            row.findElement(By.xpath(".//input[contains(@id,'reason')]")).sendKeys("Không thuộc thẩm quyền của Quận 3");
            row.findElement(By.xpath(".//button[.//span[text()='Trả lại']]")).click();
            awaitRow(quan3, subject, r -> r.getText().contains("02 Từ chối tiếp nhận"));
        }
        try (Browser sender = Browser.open()) {
            sender.signIn("vanthu.sotttt", DEMO_PASSWORD);
            sender.click(By.linkText("Văn bản đi"));
            WebElement row = awaitRow(sender, subject, r -> r.getText().contains("03 Đã tiếp nhận"));
            assertTrue(row.getText().contains("Ủy ban nhân dân Quận 1: 03 Đã tiếp nhận"), row.getText());
            assertTrue(row.getText().contains("Ủy ban nhân dân Quận 3: 02 Từ chối tiếp nhận"), row.getText());
            sender.screenshot("exchange-sender-sees-both");
        }
    }

    /** The routing queue delivers asynchronously: reload the inbox until the document is there. */
    private static WebElement awaitRowAfterRefresh(Browser browser, String subject) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            if (!browser.driver.findElements(row(subject)).isEmpty()) {
                return browser.driver.findElement(row(subject));
            }
            Thread.sleep(500);
            browser.driver.navigate().refresh();
        }
        throw new AssertionError(subject + " never reached the inbox");
    }
}
