package vn.lienthong.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import java.util.function.Function;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by its own chromedriver (never a downloaded browser). Where Chromium is missing
 * the browser tests are skipped, unless {@code browser.required} is set, as CI does.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() throws IOException {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException("Chromium and chromedriver are required (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium not installed: browser tests skipped");
        Path profile = Files.createTempDirectory("lienthong-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    void go(String path) {
        driver.get(LienThongEar.BASE + path);
    }

    /** Signs in and waits until the redirects have settled on a signed-in page or the login error. */
    void signIn(String username, String password) {
        // Chromium now and then drops an element the moment after a navigation: fill the form again when it does.
        for (int attempt = 1; ; attempt++) {
            try {
                go("/");
                driver.findElement(By.id("j_username")).sendKeys(username);
                driver.findElement(By.id("j_password")).sendKeys(password);
                click(By.id("login-submit"));
                break;
            } catch (WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("main-nav")),
                ExpectedConditions.presenceOfElementLocated(By.id("login-error"))));
    }

    void signOut() {
        click(By.id("logout-form:logout"));
    }

    /** Clicks and waits for the next page to replace this one, so that no check reads the old page. */
    /** Opens the compose page of Sở TT&TT's clerk and fills a letter to the main recipients, named as the page shows them. */
    void composeLetter(String subject, String... recipientNames) {
        click(By.linkText("Soạn văn bản"));
        driver.findElement(By.id("compose:subject")).sendKeys(subject);
        driver.findElement(By.id("compose:notation")).sendKeys("STTTT-VP");
        driver.findElement(By.id("compose:signerPosition")).sendKeys("Giám đốc");
        driver.findElement(By.id("compose:signerName")).sendKeys("Dương Thu Trang");
        for (String agency : recipientNames) {
            driver.findElement(By.xpath("//*[@id='compose:mainRecipients']//label[normalize-space()='" + agency + "']")).click();
        }
    }

    void click(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> left(page));
        // PrimeFaces rebuilds some widgets' nodes while the page loads: read only once it has loaded.
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the browser has left the page this element was on. Chromium says so with a stale element, or, when the
     * question reaches it while the page is being replaced, with "Node with given id does not belong to the document".
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    String text(String id) {
        return read(By.id(id), WebElement::getText);
    }

    /**
     * Waits until the element shows the text, finding it again when ajax replaces it; on a timeout keeps a screenshot
     * named after the element and fails with what it did show.
     */
    void awaitText(String id, String expected) throws IOException {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until((WebDriver d) -> d.findElement(By.id(id)).getText().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + id.replace(':', '-'));
            throw new AssertionError("#" + id + " never showed \"" + expected + "\": " + text(id), e);
        }
    }

    /** Reads from an element, finding it again when Chromium has lost the node between the find and the read. */
    <T> T read(By target, Function<WebElement, T> what) {
        for (int attempt = 1; ; attempt++) {
            try {
                return what.apply(driver.findElement(target));
            } catch (NoSuchElementException e) {
                throw e;
            } catch (WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void phoneSized() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Screenshots go under target/screenshots for a person to look at. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
