package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A demo leader in real Chromium: opens the official mailbox (a wrong password first), reads a Vietnamese HTML
 * message safely on a phone-sized screen, replies with an attachment and finds the reply in Sent; and every hostile
 * body of the corpus, rendered in the reader's page, runs nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WebmailBrowserIT extends LienThongEar {

    private static final String LEADER = "lanhdao.stc";
    private static final String MAILBOX = LEADER + "@tphcm.gov.vn";
    private static final By PASSWORD_FIELD = By.cssSelector("#mail-open input[type=password]");

    @BeforeAll
    static void demoMailboxFilled() throws Exception {
        assertTrue(WebmailClient.awaitFilledInbox(MAILBOX) >= 200);
    }

    @Test
    void aLeaderReadsSafelyAndRepliesWithAnAttachment() throws Exception {
        String subject = "Giấy mời dự Hội nghị sơ kết chuyển đổi số " + UUID.randomUUID().toString().substring(0, 6);
        WebmailClient.deliver(WebmailClient.html(MAILBOX, subject,
                "<h2 style=\"color:#b71c1c\">Kính gửi đồng chí Giám đốc</h2>"
                        + "<p>Ủy ban nhân dân Thành phố trân trọng kính mời đồng chí dự hội nghị lúc 8 giờ 00.</p>"
                        + "<p><img src=\"https://tracker.example/pixel.png?who=giamdoc\" alt=\"theo dõi\"></p>"
                        + "<p><a href=\"https://tphcm.gov.vn/lich-hop\">Xem lịch họp</a></p>"));
        Path attachment = Files.createTempFile("bao-cao-", ".txt");
        Files.writeString(attachment, "Báo cáo kết quả thực hiện");
        Path tooLarge = Files.createTempFile("ho-so-scan-", ".pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(19L * 1024 * 1024);
        }

        try (Browser browser = Browser.open()) {
            browser.phoneSized();
            browser.signIn(LEADER, DEMO_PASSWORD);
            browser.go("/leader/mail/index.xhtml");
            assertEquals(MAILBOX, browser.text("mail-address"));

            browser.driver.findElement(PASSWORD_FIELD).sendKeys("sai-mat-khau");
            browser.click(By.id("mail-open:open"));
            assertTrue(browser.text("messages").contains("Không đăng nhập được hộp thư"), browser.text("messages"));

            browser.driver.findElement(PASSWORD_FIELD).sendKeys(DEMO_PASSWORD);
            browser.click(By.id("mail-open:open"));
            assertTrue(browser.text("folders").contains("Hộp thư đến"));

            browser.click(By.partialLinkText(subject));
            assertEquals(subject, browser.text("mail-subject"));
            assertTrue(browser.text("images-blocked").contains("Hình ảnh từ bên ngoài đã bị chặn"));
            browser.screenshot("webmail-read-390");
            assertFalse(horizontalScroll(browser), "the message page fits 390 px");

            browser.driver.switchTo().frame("mail-body");
            assertTrue(browser.driver.findElement(By.tagName("body")).getText().contains("trân trọng kính mời đồng chí"));
            WebElement image = browser.driver.findElement(By.tagName("img"));
            assertNull(image.getAttribute("src"), "the remote image is blocked until the reader allows it");
            WebElement link = browser.driver.findElement(By.partialLinkText("Xem lịch họp"));
            assertEquals("_blank", link.getAttribute("target"));
            assertTrue(link.getAttribute("rel").contains("noopener") && link.getAttribute("rel").contains("noreferrer"));
            browser.driver.switchTo().defaultContent();

            browser.click(By.id("reply"));
            assertEquals("vanthu.sotc@tphcm.gov.vn", browser.driver.findElement(By.id("compose:to")).getAttribute("value"));
            browser.driver.findElement(By.id("compose:text")).sendKeys("Tôi sẽ dự. Gửi kèm báo cáo.\n");
            // Over the 18 MB a message may carry (but within what the server accepts): said in Vietnamese, kept out.
            browser.driver.findElement(By.id("compose:upload")).sendKeys(tooLarge.toString());
            browser.click(By.id("compose:attach"));
            assertTrue(browser.text("messages").contains("Tệp đính kèm quá lớn: tối đa 18 MB mỗi thư"), browser.text("messages"));
            String shown = browser.driver.findElement(By.tagName("body")).getText();
            assertFalse(shown.contains("Exception") || shown.contains("at java."), "no stack trace on the page: " + shown);
            assertFalse(browser.text("compose:attachments").contains(tooLarge.getFileName().toString()));
            assertTrue(browser.read(By.id("compose:text"), e -> e.getAttribute("value")).contains("Tôi sẽ dự"),
                    "what the leader typed is still there");
            browser.driver.findElement(By.id("compose:upload")).sendKeys(attachment.toString());
            browser.click(By.id("compose:attach"));
            assertTrue(browser.text("compose:attachments").contains(attachment.getFileName().toString()));
            browser.click(By.id("compose:send"));

            assertTrue(browser.text("messages").contains("Đã gửi thư"));
            browser.click(By.partialLinkText("Re: " + subject));
            assertTrue(browser.text("mail-to").contains("vanthu.sotc@tphcm.gov.vn"));
            assertTrue(browser.text("attachments").contains(attachment.getFileName().toString()));
        } finally {
            Files.deleteIfExists(attachment);
            Files.deleteIfExists(tooLarge);
        }
    }

    @Test
    void noHostilePayloadRunsInTheReadersPage() throws Exception {
        List<Path> corpus;
        try (Stream<Path> files = Files.list(WebmailIT.HOSTILE)) {
            corpus = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(corpus.size() >= 30, "the hostile corpus is all there: " + corpus.size());
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Path file : corpus) {
            // Every payload that calls alert() also tries to leave a mark on the page and its frame.
            String payload = Files.readString(file).replace("alert(", "top.__pwned=1,parent.document.title='PWNED',alert(");
            WebmailClient.deliver(WebmailClient.html(MAILBOX, "Payload " + run + " " + file.getFileName(), payload));
        }
        try (Browser browser = Browser.open()) {
            browser.signIn(LEADER, DEMO_PASSWORD);
            browser.go("/leader/mail/index.xhtml");
            if (!browser.driver.findElements(PASSWORD_FIELD).isEmpty()) {
                browser.driver.findElement(PASSWORD_FIELD).sendKeys(DEMO_PASSWORD);
                browser.click(By.id("mail-open:open"));
            }
            WebmailClient api = WebmailIT.opened(LEADER);
            List<String> failures = new ArrayList<>();
            for (Path file : corpus) {
                long uid = WebmailIT.newest(api, "INBOX", "Payload " + run + " " + file.getFileName());
                for (String images : List.of("", "&images=show")) {
                    String page = "/leader/mail/message.xhtml?folder=INBOX&uid=" + uid + images;
                    browser.go(page);
                    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("mail-body")));
                    Thread.sleep(300); // let a refresh, an image error or an animation fire if it is going to
                    String problem = ranSomething(browser, page);
                    if (problem != null) {
                        failures.add(file.getFileName() + images + ": " + problem);
                    }
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static String ranSomething(Browser browser, String page) {
        try {
            String text = browser.driver.switchTo().alert().getText();
            browser.driver.switchTo().alert().dismiss();
            return "alert " + text;
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        if (!browser.driver.getCurrentUrl().endsWith(page)) {
            return "navigated to " + browser.driver.getCurrentUrl();
        }
        if (browser.driver.getTitle().contains("PWNED")) {
            return "title changed";
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        Object marks = js.executeScript("var f = document.getElementById('mail-body');"
                + "var inner = f && f.contentWindow ? f.contentWindow.__pwned : undefined;"
                + "var url = f && f.contentWindow ? String(f.contentWindow.location.href) : '';"
                + "return [String(window.__pwned), String(inner), url];");
        List<?> values = (List<?>) marks;
        if (!"undefined".equals(values.get(0)) || !"undefined".equals(values.get(1))) {
            return "marker set " + values;
        }
        if (!String.valueOf(values.get(2)).contains("/leader/mail/part/body")) {
            return "frame navigated to " + values.get(2);
        }
        return null;
    }

    private static boolean horizontalScroll(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }
}
