package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;

/** The clerk's search, paper dispatch, recall and registers pages, and the administrator's directory page. */
@ExtendWith(ArquillianExtension.class)
class RegistersBrowserIT extends LienThongEar {

    private static void awaitText(Browser browser, String id, String expected) throws Exception {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until((WebDriver d) -> d.findElement(By.id(id)).getText().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("registers-timeout-" + id);
            throw new AssertionError("#" + id + " never showed \"" + expected + "\": " + browser.text(id), e);
        }
    }

    /** Picks an option of a select list by its label. */
    private static void choose(Browser browser, String selectId, String label) {
        new Select(browser.driver.findElement(By.id(selectId))).selectByVisibleText(label);
    }

    @Test
    void aClerkFindsRecordsOnPaperRecallsAndReadsTheRegisterAtPhoneWidth() throws Exception {
        String token = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String subject = "Cải cách hành chính giai đoạn " + token;
        Api api = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long sent = Exchange.issue(api, subject, "THUONG", false, QUAN1);
        Exchange.send(api, sent, QUAN1);
        long secret = Exchange.issue(api, "Kế hoạch tối mật " + token, "TOI_MAT", false, QUAN1);
        long incoming = Exchange.awaitIncoming(Api.as("vanthu.quan1", DEMO_PASSWORD), subject);

        try (Browser clerk = Browser.open()) {
            clerk.phoneSized();
            clerk.signIn("vanthu.sotttt", DEMO_PASSWORD);
            clerk.go("/clerk/search.xhtml");
            clerk.driver.findElement(By.id("search:words")).sendKeys("cai cach hanh chinh " + token);
            clerk.driver.findElement(By.id("search:find")).click();
            awaitText(clerk, "search:hits", subject);
            clerk.click(By.linkText(subject));
            awaitText(clerk, "metadata", "/STTTT-VP");

            clerk.screenshot("registers-outgoing-document");
            choose(clerk, "deliveries:list:0:kind", "Thu hồi");
            clerk.driver.findElement(By.id("deliveries:list:0:reason")).sendKeys("Ban hành nhầm");
            clerk.driver.findElement(By.id("deliveries:list:0:ask")).click();
            awaitText(clerk, "messages", "Đã gửi yêu cầu");
            awaitText(clerk, "deliveries", "13 Yêu cầu thu hồi");

            clerk.go("/clerk/outgoing-document.xhtml?id=" + secret);
            awaitText(clerk, "carveOut", "không bao giờ gửi qua mạng");
            choose(clerk, "paper:carriage", "Giao liên");
            clerk.driver.findElement(By.id("paper:external")).sendKeys("Bộ Công an");
            clerk.driver.findElement(By.id("paper:record")).click();
            awaitText(clerk, "messages", "Đã ghi nhận chuyển bản giấy");
            awaitText(clerk, "dispatch", "Bộ Công an");

            clerk.go("/clerk/registers.xhtml");
            awaitText(clerk, "registers:rows", subject);
            choose(clerk, "registers:book", "Sổ văn bản đi (mật)");
            clerk.driver.findElement(By.id("registers:show")).click();
            awaitText(clerk, "registers:rows", "Giao liên");
            clerk.screenshot("registers-secret-register");
        }

        try (Browser recipient = Browser.open()) {
            recipient.signIn("vanthu.quan1", DEMO_PASSWORD);
            recipient.go("/clerk/incoming-document.xhtml?id=" + incoming);
            awaitText(recipient, "request", "Ban hành nhầm");
            recipient.driver.findElement(By.id("request:agree")).click();
            awaitText(recipient, "messages", "Đã đồng ý");
            recipient.go("/clerk/inbox.xhtml");
            assertTrue(!recipient.driver.getPageSource().contains(subject), "the recalled copy left the inbox");
        }

        try (Browser admin = Browser.open()) {
            admin.signIn("quantri", DEMO_PASSWORD);
            admin.click(By.linkText("Quản lý danh bạ cơ quan"));
            awaitText(admin, "agencies:list", "Sở Thông tin và Truyền thông");
            admin.driver.findElement(By.id("csv:content")).sendKeys("code,name,parent_code,official_email,reach\n"
                    + "bad,Cơ quan sai,,,INTERNAL\n");
            admin.driver.findElement(By.id("csv:import")).click();
            awaitText(admin, "csv:report", "bỏ qua 1 dòng lỗi");
            awaitText(admin, "csv:errors", "không hợp lệ");
        }
    }
}
