package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;

/** The clerk's search, paper dispatch, recall and registers pages, and the administrator's directory page. */
@ExtendWith(ArquillianExtension.class)
class RegistersBrowserIT extends LienThongEar {

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
            clerk.awaitText("search:hits", subject);
            clerk.click(By.linkText(subject));
            clerk.awaitText("metadata", "/STTTT-VP");

            clerk.screenshot("registers-outgoing-document");
            choose(clerk, "deliveries:list:0:kind", "Thu hồi");
            clerk.driver.findElement(By.id("deliveries:list:0:reason")).sendKeys("Ban hành nhầm");
            clerk.driver.findElement(By.id("deliveries:list:0:ask")).click();
            clerk.awaitText("messages", "Đã gửi yêu cầu");
            clerk.awaitText("deliveries", "13 Yêu cầu thu hồi");

            clerk.go("/clerk/outgoing-document.xhtml?id=" + secret);
            clerk.awaitText("carveOut", "không bao giờ gửi qua mạng");
            choose(clerk, "paper:carriage", "Giao liên");
            clerk.driver.findElement(By.id("paper:external")).sendKeys("Bộ Công an");
            clerk.driver.findElement(By.id("paper:record")).click();
            clerk.awaitText("messages", "Đã ghi nhận chuyển bản giấy");
            clerk.awaitText("dispatch", "Bộ Công an");

            clerk.go("/clerk/registers.xhtml");
            clerk.awaitText("registers:rows", subject);
            choose(clerk, "registers:book", "Sổ văn bản đi (mật)");
            clerk.driver.findElement(By.id("registers:show")).click();
            clerk.awaitText("registers:rows", "Giao liên");
            clerk.screenshot("registers-secret-register");
        }

        try (Browser recipient = Browser.open()) {
            recipient.signIn("vanthu.quan1", DEMO_PASSWORD);
            recipient.go("/clerk/incoming-document.xhtml?id=" + incoming);
            recipient.awaitText("request", "Ban hành nhầm");
            recipient.driver.findElement(By.id("request:agree")).click();
            recipient.awaitText("messages", "Đã đồng ý");
            recipient.go("/clerk/inbox.xhtml");
            assertTrue(!recipient.driver.getPageSource().contains(subject), "the recalled copy left the inbox");
        }

        try (Browser admin = Browser.open()) {
            admin.signIn("quantri", DEMO_PASSWORD);
            admin.click(By.linkText("Quản lý danh bạ cơ quan"));
            admin.awaitText("agencies:list", "Sở Thông tin và Truyền thông");
            admin.driver.findElement(By.id("csv:content")).sendKeys("code,name,parent_code,official_email,reach\n"
                    + "bad,Cơ quan sai,,,INTERNAL\n");
            admin.driver.findElement(By.id("csv:import")).click();
            admin.awaitText("csv:report", "bỏ qua 1 dòng lỗi");
            admin.awaitText("csv:errors", "không hợp lệ");
        }
    }
}
