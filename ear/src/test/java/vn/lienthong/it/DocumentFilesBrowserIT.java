package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the Vietnamese pages: a clerk composes with a main file whose text carries a "MẬT" stamp, sees the document held
 * and why, a leader releases it from the held list, and the clerk then adds an appendix on the document's files page.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentFilesBrowserIT extends LienThongEar {

    private static String sample(String name) {
        return Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "signatures", "docs", name)
                .toAbsolutePath().normalize().toString();
    }

    /** The file input of a PrimeFaces upload field, whichever id suffix its mode gives it. */
    private static By fileInput(String id) {
        return By.cssSelector("input[type='file'][id^='" + id + "']");
    }

    private static WebElement row(Browser browser, String subject) {
        return browser.driver.findElement(By.xpath("//tr[.//span[@class='lt-subject' and normalize-space()='" + subject + "']]"));
    }

    @Test
    void aStampedMainFileHoldsTheDraftUntilALeaderReleasesIt() throws Exception {
        String subject = "Phương án tổ chức hội nghị " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser clerk = Browser.open()) {
            clerk.signIn("vanthu.sotttt", DEMO_PASSWORD);
            clerk.composeLetter(subject, "Ủy ban nhân dân Quận 1");
            clerk.driver.findElement(fileInput("compose:mainFile")).sendKeys(sample("mat.pdf"));
            clerk.click(By.id("compose:save"));

            WebElement held = row(clerk, subject);
            assertTrue(held.getText().contains("Bị giữ lại"), held.getText());
            assertTrue(held.getText().contains("chờ lãnh đạo quyết định"), held.getText());
            clerk.click(By.xpath("//tr[.//span[@class='lt-subject' and normalize-space()='" + subject + "']]//a[.//span[text()='Tệp văn bản']]"));
            String page = clerk.driver.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("mat.pdf"), page);
            assertTrue(page.contains("được giữ lại chờ người có thẩm quyền quyết định"), page);
            assertTrue(clerk.driver.findElements(By.id("upload:add")).isEmpty(), "no upload while held");
            clerk.screenshot("files-held");

            try (Browser leader = Browser.open()) {
                leader.signIn("lanhdao.sotttt", DEMO_PASSWORD);
                leader.click(By.linkText("Văn bản bị giữ lại"));
                WebElement toDecide = row(leader, subject);
                assertTrue(toDecide.getText().contains("MẬT"), toDecide.getText());
                leader.screenshot("files-leader-held");
                toDecide.findElement(By.xpath(".//button[.//span[text()='Cho phép gửi']]")).click();
                new org.openqa.selenium.support.ui.WebDriverWait(leader.driver, java.time.Duration.ofSeconds(15))
                        .until(d -> d.getPageSource().contains("Đã cho phép gửi văn bản."));
            }

            clerk.driver.navigate().refresh();
            assertTrue(clerk.driver.findElements(fileInput("upload:file")).size() == 1, "a draft again takes files");
            clerk.driver.findElement(fileInput("upload:file")).sendKeys(sample("congvan.docx"));
            clerk.click(By.id("upload:add"));
            String after = clerk.driver.findElement(By.tagName("main")).getText();
            assertTrue(after.contains("Đã lưu tệp \"congvan.docx\"."), after);
            assertEquals(2, clerk.driver.findElements(By.xpath("//*[@id='files:list']//a[contains(@href,'/api/files/')]")).size());
            clerk.phoneSized();
            clerk.screenshot("files-draft-phone");
        }
    }
}
