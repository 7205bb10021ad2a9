package vn.lienthong.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienthong.it.Exchange.QUAN1;
import static vn.lienthong.it.NationalRecallIT.VPCP;

/**
 * On the clerk's outgoing document page: correcting a recorded paper dispatch, and recalling a document from a
 * recipient on the national platform, then importing the platform's answer.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionAndPlatformBrowserIT extends LienThongEar {

    private final Api api = Api.as("vanthu.sotttt", DEMO_PASSWORD);

    @Test
    void aClerkCorrectsAPaperDispatchWithAReasonAndSeesItsHistory() throws Exception {
        long id = Exchange.issue(api, "Báo cáo mật cần đính chính " + UUID.randomUUID(), "MAT", false, QUAN1);
        assertEquals(201, api.post("/api/paper-dispatches", """
                {"documentId":%d,"carriage":"POSTAL","agencies":["%s"],"note":"Gửi bưu điện"}""".formatted(id, QUAN1)).status());

        try (Browser clerk = Browser.open()) {
            clerk.signIn("vanthu.sotttt", DEMO_PASSWORD);
            clerk.go("/clerk/outgoing-document.xhtml?id=" + id);
            clerk.awaitText("dispatch", "Chưa có lần đính chính nào");

            new Select(clerk.driver.findElement(By.id("correction:fixCarriage"))).selectByVisibleText("Giao liên");
            clerk.driver.findElement(By.id("correction:correct")).click();
            clerk.awaitText("messages", "Cần nêu lý do đính chính");

            clerk.driver.findElement(By.id("correction:fixReason")).sendKeys("Ghi nhầm hình thức chuyển");
            clerk.driver.findElement(By.id("correction:correct")).click();
            clerk.awaitText("messages", "Đã đính chính");
            clerk.awaitText("dispatch", "Hình thức chuyển: Bưu điện → Giao liên");
            clerk.awaitText("dispatch", "Ghi nhầm hình thức chuyển");
            clerk.screenshot("gaps-dispatch-corrected");
        }
        JsonObject dispatch = api.get("/api/paper-dispatches/document/" + id).json();
        assertEquals("LIAISON", dispatch.getString("carriage"));
        assertEquals(1, dispatch.getInt("correctionCount"));
    }

    @Test
    void aClerkRecallsFromTheNationalPlatformAndImportsItsAnswer() throws Exception {
        long id = Exchange.issue(api, "Công văn gửi Văn phòng Chính phủ " + UUID.randomUUID(), "THUONG", false, VPCP);
        String number = api.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("number");
        long delivery = Exchange.send(api, id, VPCP).get(0);
        for (int i = 0; i < 120 && !"EXPORTED".equals(Exchange.delivery(api, id, delivery).getString("routing")); i++) {
            Thread.sleep(250);
        }

        try (Browser clerk = Browser.open()) {
            clerk.signIn("vanthu.sotttt", DEMO_PASSWORD);
            clerk.go("/clerk/outgoing-document.xhtml?id=" + id);
            new Select(clerk.driver.findElement(By.id("deliveries:list:0:kind"))).selectByVisibleText("Thu hồi");
            clerk.driver.findElement(By.id("deliveries:list:0:reason")).sendKeys("Ban hành nhầm");
            clerk.driver.findElement(By.id("deliveries:list:0:ask")).click();
            clerk.awaitText("messages", "Đã gửi yêu cầu");
            clerk.awaitText("deliveries", "gói edXML delivery-" + delivery + "-request-");
            clerk.awaitText("platformAnswer", "đang chờ nơi nhận trả lời");

            Path answer = Files.createTempFile("tra-loi-", ".edxml");
            Files.write(answer, NationalRecallIT.statusMessage(VPCP, number, "15", "Đồng ý thu hồi", NationalRecallIT.now(0)));
            clerk.driver.findElement(By.cssSelector("input[type='file'][id^='platformAnswer:answerFile']"))
                    .sendKeys(answer.toString());
            clerk.click(By.id("platformAnswer:importAnswer"));
            clerk.awaitText("messages", "Đã nhập thông điệp trạng thái");
            clerk.awaitText("deliveries", "Đồng ý thu hồi");
            clerk.awaitText("status", "thu hồi");
            clerk.screenshot("gaps-platform-recall-agreed");
            Files.delete(answer);
        }
        assertEquals("RECALLED", api.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("status"));
    }
}
