package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator keeps the agency directory: CSV import and export, create and correct. */
@ExtendWith(ArquillianExtension.class)
class AgencyAdminIT extends LienThongEar {

    private final Api admin = Api.as("quantri", DEMO_PASSWORD);

    /** A code no earlier run has used: the test server's database outlives one run. */
    private static String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "%03d.%02d.%02d.%s%02d".formatted(random.nextInt(100, 1000), random.nextInt(100), random.nextInt(100),
                (char) ('P' + random.nextInt(8)), random.nextInt(100));
    }

    @Test
    void anImportStoresTheGoodLinesReportsTheBadOnesAndTheExportReadsBack() throws Exception {
        String district = freshCode();
        String ward = freshCode();
        String csv = "code,name,parent_code,official_email,reach\n"
                + ward + ",Ủy ban nhân dân Phường Bến Nghé," + district + ",ubnd.bennghe@tphcm.gov.vn,INTERNAL\n"
                + district + ",\"Ủy ban nhân dân Quận 1, khu trung tâm\",000.00.00.H29,,INTERNAL\n"
                + "12.00.00.H29,Mã sai,,,INTERNAL\n"
                + district + ",Trùng mã,,,INTERNAL\n"
                + freshCode() + ",Phòng ma,000.00.99.Z99,,INTERNAL\n"
                + freshCode() + ",,,,NATIONAL\n";
        Api.Answer imported = admin.postText("/api/directory/agencies.csv", "text/csv", csv);
        assertEquals(200, imported.status(), imported.body());
        JsonObject report = imported.json();
        assertEquals(2, report.getInt("created"));
        assertEquals(0, report.getInt("updated"));
        JsonArray errors = report.getJsonArray("errors");
        assertEquals(List.of(4, 5, 6, 7), errors.stream().map(e -> e.asJsonObject().getInt("line")).toList());
        assertTrue(errors.getJsonObject(0).getString("message").contains("không hợp lệ"), errors.toString());
        assertTrue(errors.getJsonObject(1).getString("message").contains("lặp lại"), errors.toString());
        assertTrue(errors.getJsonObject(2).getString("message").contains("000.00.99.Z99"), errors.toString());
        assertTrue(errors.getJsonObject(3).getString("message").contains("Thiếu tên"), errors.toString());

        JsonObject stored = admin.get("/api/directory/agencies/" + ward).json();
        assertEquals(district, stored.getString("parentCode"));
        assertEquals("Ủy ban nhân dân Quận 1, khu trung tâm",
                admin.get("/api/directory/agencies/" + district).<JsonObject>json().getString("name"));

        var exported = admin.download("/api/directory/agencies.csv");
        assertEquals(200, exported.status());
        String file = new String(exported.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(file.startsWith("\uFEFFcode,name,parent_code,official_email,reach"), file);
        assertTrue(file.contains(district + ",\"Ủy ban nhân dân Quận 1, khu trung tâm\",000.00.00.H29,,INTERNAL"), file);

        Api.Answer again = admin.postText("/api/directory/agencies.csv", "text/csv", file);
        assertEquals(0, again.<JsonObject>json().getInt("created"));
        assertEquals(0, again.<JsonObject>json().getJsonArray("errors").size(), again.body());
        assertTrue(again.<JsonObject>json().getInt("updated") >= 2);

        Api.Answer english = Api.as("quantri", DEMO_PASSWORD).inEnglish().postText("/api/directory/agencies.csv", "text/csv",
                "code,name\n");
        assertTrue(english.<JsonObject>json().getJsonArray("errors").getJsonObject(0).getString("message").startsWith("The header"));
    }

    @Test
    void anAdministratorCreatesAndCorrectsAnAgencyAndNobodyElseMay() throws Exception {
        String code = freshCode();
        String body = "{\"code\":\"" + code + "\",\"name\":\"Trung tâm Chuyển đổi số\",\"parentCode\":\"000.00.11.H29\","
                + "\"officialEmail\":\"cds@tphcm.gov.vn\",\"reach\":\"LIENTHONG\"}";
        assertEquals(201, admin.post("/api/directory/agencies", body).status());
        assertEquals(409, admin.post("/api/directory/agencies", body).status());

        Api.Answer corrected = admin.put("/api/directory/agencies/" + code, body.replace("Trung tâm Chuyển đổi số",
                "Trung tâm Chuyển đổi số Thành phố").replace("LIENTHONG", "NATIONAL_PLATFORM"));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("NATIONAL_PLATFORM", corrected.<JsonObject>json().getString("reach"));
        assertEquals("Trung tâm Chuyển đổi số Thành phố", admin.get("/api/directory/agencies/" + code).<JsonObject>json().getString("name"));

        assertEquals(400, admin.put("/api/directory/agencies/000.00.11.H29", body).status(), "the code cannot change");
        String cycle = "{\"code\":\"000.00.11.H29\",\"name\":\"Sở Thông tin và Truyền thông\",\"parentCode\":\"" + code
                + "\",\"reach\":\"LIENTHONG\"}";
        assertEquals(400, admin.put("/api/directory/agencies/000.00.11.H29", cycle).status(), "no parent cycle");
        assertEquals(400, admin.put("/api/directory/agencies/" + code, body.replace("\"name\":\"Trung tâm Chuyển đổi số\"", "\"name\":\" \"")).status());
        JsonObject loop = admin.postText("/api/directory/agencies.csv", "text/csv", "code,name,parent_code,official_email,reach\n"
                + "000.00.11.H29,Sở Thông tin và Truyền thông," + code + ",,INTERNAL\n").json();
        assertEquals(0, loop.getInt("updated"));
        assertEquals(2, loop.getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertTrue(loop.getJsonArray("errors").getJsonObject(0).getString("message").contains("không thể đặt làm cấp trên"), loop.toString());
        assertEquals("000.00.00.H29", admin.get("/api/directory/agencies/000.00.11.H29").<JsonObject>json().getString("parentCode"));

        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        assertEquals(403, clerk.put("/api/directory/agencies/" + code, body).status());
        assertEquals(403, clerk.postText("/api/directory/agencies.csv", "text/csv", "code,name,parent_code,official_email,reach\n").status());
        assertEquals(403, clerk.get("/api/directory/agencies.csv").status());
        assertTrue(Exchange.audited("agency:" + code).contains("AGENCY_UPDATED/SUCCESS"));
    }
}
