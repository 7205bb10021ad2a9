package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor imports the real mail-server log with a progress bar, reads the Vietnamese dashboard, and downloads
 * the CSV, XLSX and PDF exports.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptionBrowserIT extends LienThongEar {

    @Test
    void theAuditorImportsALogWatchesTheProgressAndExportsTheFigures() throws Exception {
        Path log = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "maillog", "mail.log")
                .toAbsolutePath().normalize();
        Path downloads = Files.createTempDirectory("lienthong-downloads");
        try (Browser browser = Browser.open()) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
            browser.signIn("kiemtra", DEMO_PASSWORD);
            browser.click(By.linkText("Nhập nhật ký máy chủ thư"));
            assertEquals("Nhập nhật ký máy chủ thư", browser.text("import-title"));

            browser.driver.findElement(By.id("upload:month")).sendKeys("2026-11");
            browser.driver.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(log.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress:bar")));
            wait.until(ExpectedConditions.textToBe(By.id("progress:state"), "Đã nhập xong."));
            assertTrue(browser.driver.findElement(By.id("progress:bar")).getText().contains("100%"));
            assertEquals("1463", browser.text("progress:lines"));
            assertTrue(browser.text("progress:unknown").contains("@"), "the strangers in the log are named");
            browser.screenshot("adoption-import-done");

            browser.click(By.id("progress:to-dashboard"));
            assertEquals("Mức độ sử dụng thư điện tử công vụ", browser.text("adoption-title"));
            WebElement month = browser.driver.findElement(By.id("filters:month"));
            month.clear();
            month.sendKeys("2026-11");
            // The policy already says 80% before the filter applies: wait for the answer to replace it, then read.
            WebElement before = browser.driver.findElement(By.id("policy"));
            browser.driver.findElement(By.id("filters:show")).click();
            wait.until(ExpectedConditions.stalenessOf(before));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "80%"));
            assertTrue(browser.text("policy").contains("ngày làm việc"), browser.text("policy"));
            assertFalse(browser.driver.findElements(By.cssSelector("#figures canvas")).isEmpty(), "charts drawn");
            assertTrue(browser.text("figures").contains("Trần Thu Lan"));
            browser.screenshot("adoption-dashboard");

            for (String format : new String[]{"csv", "xlsx", "pdf"}) {
                browser.driver.findElement(By.id("exports:export-" + format)).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exports:download-file"), "." + format));
                browser.driver.findElement(By.id("exports:download-file")).click();
                wait.until(d -> downloaded(downloads, "." + format));
                // The demo always has the system's key, so every export comes with its signature to download.
                assertFalse(browser.driver.findElements(By.id("exports:download-signature")).isEmpty(),
                        format + " export offered without its signature");
                browser.driver.findElement(By.id("exports:download-signature")).click();
                wait.until(d -> downloaded(downloads, "." + format + ".p7s"));
            }
            // Ticking "conceal names" and exporting at once, without "show": the export must not carry the names.
            try (Stream<Path> files = Files.list(downloads)) {
                for (Path f : files.toList()) {
                    if (f.toString().endsWith(".pdf")) {
                        assertEquals("%PDF", new String(Files.readAllBytes(f), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    Files.delete(f);
                }
            }
            WebElement shown = browser.driver.findElement(By.id("figures"));
            browser.driver.findElement(By.cssSelector("#filters\\:conceal .ui-chkbox-box")).click();
            wait.until(ExpectedConditions.stalenessOf(shown));
            browser.driver.findElement(By.id("exports:export-csv")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exports:download-file"), ".csv"));
            browser.driver.findElement(By.id("exports:download-file")).click();
            wait.until(d -> downloaded(downloads, ".csv"));
            browser.phoneSized();
            browser.screenshot("adoption-dashboard-phone");
        }
        try (Stream<Path> files = Files.list(downloads)) {
            Path csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            String concealed = Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(concealed.contains("Trần Thu Lan"), "names concealed as the box says");
            assertTrue(concealed.contains("#"), "pseudonyms in their place");
        }
    }

    private static boolean downloaded(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(suffix) && f.toFile().length() > 0);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
