package vn.lienthong.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person signs in as each role and finds their own Vietnamese home and menu; the wrong doors stay shut. */
@ExtendWith(ArquillianExtension.class)
class RoleNavigationBrowserIT extends LienThongEar {

    @ParameterizedTest(name = "{0} sees {2}")
    @CsvSource(delimiter = '|', value = {
            "vanthu.sotttt | /clerk/index.xhtml   | Bàn làm việc văn thư      | Danh bạ cơ quan;Cán bộ cơ quan",
            "lanhdao.quan1 | /leader/index.xhtml  | Bàn làm việc lãnh đạo     | Danh bạ cơ quan;Cán bộ cơ quan;Văn bản bị giữ lại",
            "kiemtra       | /auditor/index.xhtml | Kiểm tra mức độ sử dụng   | Lãnh đạo theo cơ quan;Danh bạ cơ quan",
            "quantri       | /admin/index.xhtml   | Quản trị hệ thống         | Quản lý tài khoản;Danh bạ cơ quan"})
    void eachRoleLandsOnItsOwnVietnameseHome(String username, String home, String title, String menu) throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn(username, DEMO_PASSWORD);
            assertTrue(browser.driver.getCurrentUrl().endsWith(home), browser.driver.getCurrentUrl());
            assertEquals(title, browser.text("home-title"));
            String nav = browser.text("main-nav");
            assertTrue(nav.contains("Trang chủ"), nav);
            for (String item : menu.split(";")) {
                assertTrue(nav.contains(item), nav + " lacks " + item);
            }
            assertTrue(browser.driver.findElement(By.tagName("footer")).getText().matches("(?s).*Hôm nay: \\d{2}/\\d{2}/\\d{4}.*"),
                    "dates read dd/MM/yyyy");
            browser.screenshot("home-" + username);
            for (String item : menu.split(";")) {
                browser.click(By.linkText(item));
                assertTrue(browser.driver.findElements(By.id("error-title")).isEmpty(), item + " opens for " + username);
            }
        }
    }

    @Test
    void aClerkCannotOpenTheAuditorsPage() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("vanthu.sotttt", DEMO_PASSWORD);
            browser.go("/auditor/leaders.xhtml");
            assertEquals("Không có quyền truy cập", browser.text("error-title"));
            browser.screenshot("clerk-forbidden-auditor");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetAClearMessage() throws Exception {
        try (Browser browser = Browser.open()) {
            for (List<String> attempt : List.of(List.of("vanthu.sotttt", "sai-mat-khau"), List.of("khong.ton.tai", DEMO_PASSWORD))) {
                browser.signIn(attempt.get(0), attempt.get(1));
                assertEquals("Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại.", browser.text("login-error"));
            }
            browser.screenshot("login-failed");
        }
    }

    @Test
    void englishIsOneClickAwayAndSigningOutEndsTheSession() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("kiemtra", DEMO_PASSWORD);
            browser.click(By.id("lang-en"));
            assertEquals("Adoption audit", browser.text("home-title"));
            assertTrue(browser.text("main-nav").contains("Leaders by agency"));
            browser.click(By.id("lang-vi"));
            assertEquals("Kiểm tra mức độ sử dụng", browser.text("home-title"));

            browser.signOut();
            assertEquals("Bạn đã đăng xuất.", browser.text("login-notice"));
            browser.go("/auditor/index.xhtml");
            assertTrue(browser.driver.findElements(By.id("j_username")).size() == 1, "signed out: back to the login form");
        }
    }

    @Test
    void theShellIsReadableOnAPhone() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.phoneSized();
            browser.signIn("quantri", DEMO_PASSWORD);
            browser.click(By.linkText("Quản lý tài khoản"));
            long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 420, "no sideways scrolling on a phone: " + scrollWidth);
            browser.screenshot("phone-admin-accounts");
        }
    }
}
