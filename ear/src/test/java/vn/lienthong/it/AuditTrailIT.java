package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actions leave chained entries; the administrator verifies the chain from the API and the page. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT extends LienThongEar {

    @Test
    void openingAnAccountLeavesAnEntryAndTheChainVerifies() throws Exception {
        String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.as("quantri", DEMO_PASSWORD);
        Api.Answer opened = admin.post("/api/directory/accounts", """
                {"username":"%s","password":"Mat-khau-2026","role":"CLERK","agencyCode":"000.00.13.H29","fullName":"Kiểm Thử"}"""
                .formatted(username));
        assertEquals(201, opened.status(), opened.body());

        JsonArray history = admin.get("/api/audit?subject=account:" + username).json();
        assertEquals(1, history.size());
        JsonObject entry = history.getJsonObject(0);
        assertEquals("ACCOUNT_OPENED", entry.getString("action"));
        assertEquals("quantri", entry.getString("actor"));
        assertEquals("SUCCESS", entry.getString("outcome"));

        JsonObject verification = admin.post("/api/audit/verification", "").json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertTrue(verification.getJsonNumber("checked").longValue() >= 1);

        JsonObject chained = admin.get("/api/audit?subject=account:" + username).<JsonArray>json().getJsonObject(0);
        assertTrue(chained.getJsonNumber("chainSequence").longValue() > 0, "verification chains what was pending");
        assertEquals(64, chained.getString("hash").length());
    }

    @Test
    void onlyAdministratorsReadTheTrail() throws Exception {
        assertEquals(403, Api.as("vanthu.sotttt", DEMO_PASSWORD).get("/api/audit").status());
        assertEquals(403, Api.as("kiemtra", DEMO_PASSWORD).post("/api/audit/verification", "").status());
    }

    @Test
    void theAdministratorVerifiesTheTrailInTheBrowser() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("quantri", DEMO_PASSWORD);
            browser.click(By.linkText("Nhật ký hệ thống"));
            browser.driver.findElement(By.id("audit-form:verify")).click();
            String verdict = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("audit-form:audit-intact"))).getText();
            assertTrue(verdict.startsWith("Nhật ký toàn vẹn"), verdict);
            browser.screenshot("admin-audit-verified");
        }
    }
}
