package wellwatch.analytics.ledger;

import java.util.regex.Pattern;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Api;
import wellwatch.analytics.api.Registry;

/** The ledgers through the packaged app, against the real PostgreSQL: what is entered comes out in the seed's forms. */
@QuarkusIntegrationTest
class LedgerIT {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    @Test
    void verifiesThatALeadAppearsInTheLeadLedgerCsvAndXlsxWithTheSeedsHeadersAndItsFormulaTextDisarmed() throws Exception {
        // given: a referred lead whose description a spreadsheet would run
        String marker = marker();
        String description = "=HYPERLINK(\"http://example.invalid\",\"" + marker + "\")";
        long leadId = Api.as(Api.ANALYST).contentType("application/json")
                .body(Map.of("source", "referral", "referringDepartment", "市公安局", "description", description, "subject", "潞州区某洗车行" + marker,
                        "progress", "已现场检查, 责令停止取水"))
                .when().post("/api/leads").then().statusCode(201)
                .header("Location", containsString("/api/leads/")).body("createdBy", equalTo(Api.ANALYST)).extract().jsonPath().getLong("id");

        // when: the ledger as CSV
        byte[] csv = Api.as(Api.ANALYST).queryParam("format", "csv").queryParam("year", LocalDate.now(BUREAU).getYear()).when().get("/api/ledgers/leads").then()
                .statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();

        // then
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", LedgerKind.LEADS.headers()) + "\r\n"), text);
        // a record spans lines where a cell holds line breaks (线索处理情况): look at the record, not the line
        String disarmed = ",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"" + marker + "\"\")\",";
        assertTrue(text.contains(disarmed), text);
        int at = text.lastIndexOf("\r\n", text.indexOf(disarmed)) + 2;
        String record = text.substring(at, text.indexOf("\r\n", text.indexOf("责令停止取水", at)) + 2);
        assertTrue(record.matches("(?s)\\d+,移送类（移送部门：市公安局）,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}," + Pattern.quote(disarmed.substring(1))
                + Pattern.quote("潞州区某洗车行" + marker + ",\"线索核实情况：待定\n立案情况：待定\n移送到其他机构情况：待定\",\"已现场检查, 责令停止取水\",\r\n")), record);

        // when: the ledger as XLSX
        byte[] xlsx = Api.as(Api.ANALYST).queryParam("format", "xlsx").when().get("/api/ledgers/leads").then()
                .statusCode(200).contentType(startsWith(XlsxWriter.MEDIA_TYPE)).extract().asByteArray();

        // then: the same headers, the text kept as written (an inline string, never a formula)
        List<List<String>> cells = XlsxCells.sheet(xlsx, 1);
        assertEquals(LedgerKind.LEADS.headers(), cells.get(0));
        List<String> lead = cells.stream().filter(r -> r.size() > 3 && description.equals(r.get(3))).findFirst().orElseThrow();
        assertEquals("移送类（移送部门：市公安局）", lead.get(1));
        assertEquals("潞州区某洗车行" + marker, lead.get(4));
        assertEquals("线索核实情况：待定\n立案情况：待定\n移送到其他机构情况：待定", lead.get(5));
        assertTrue(XlsxCells.parts(xlsx).get("xl/workbook.xml").contains("问题线索台账"));
        Api.as(Api.ANALYST).when().get("/api/leads/" + leadId + "/audit").then().statusCode(200).body("", hasSize(1))
                .body("[0].action", equalTo("create")).body("[0].before", nullValue()).body("[0].after.description", equalTo(description));
    }

    @Test
    void verifiesThatACaseOpenedFromALeadAndItsSupervisionAreAuditedAndListedInTheirLedgersAndTheWeeklyReport() throws Exception {
        String marker = marker();
        long leadId = Api.as(Api.ANALYST).contentType("application/json")
                .body(Map.of("source", "report", "description", "群众举报夜间抽水 " + marker, "subject", "某宾馆" + marker))
                .when().post("/api/leads").then().statusCode(201).extract().jsonPath().getLong("id");

        // when: a case is opened from the lead, handled, and listed for supervision
        JsonPath opened = Api.as(Api.ANALYST).contentType("application/json")
                .body(Map.of("leadId", leadId, "enforcingUnit", "潞州区水利局", "caseName", "某宾馆非法取水案" + marker))
                .when().post("/api/cases").then().statusCode(201)
                .body("source", equalTo("report")).body("filedOn", equalTo(LocalDate.now(BUREAU).toString())).extract().jsonPath();
        long caseId = opened.getLong("id");
        Api.as(Api.ANALYST).contentType("application/json").body(Map.of("handling", "已下达责令停止违法行为通知书", "referredToProcuratorate", true))
                .when().patch("/api/cases/" + caseId).then().statusCode(200).body("handling", equalTo("已下达责令停止违法行为通知书"));
        Api.as(Api.ANALYST).contentType("application/json").body(Map.of("closedOn", "2000-01-01"))
                .when().patch("/api/cases/" + caseId).then().statusCode(400).body("field", equalTo("closedOn"));
        long supervisedId = Api.as(Api.ANALYST).contentType("application/json")
                .body(Map.of("caseId", caseId, "listingUnit", "市专项整治工作专班", "party", "某宾馆" + marker, "requirements", "限期封填自备井"))
                .when().post("/api/supervised-cases").then().statusCode(201).body("caseName", equalTo("某宾馆非法取水案" + marker))
                .body("enforcingUnit", equalTo("潞州区水利局")).extract().jsonPath().getLong("id");

        // then: the lead shows the case filed, and every change is in the audit trail
        Api.as(Api.ANALYST).when().get("/api/leads/" + leadId).then().body("caseFiled", equalTo(true)).body("updatedBy", equalTo(Api.ANALYST));
        Api.as(Api.ANALYST).when().get("/api/leads/" + leadId + "/audit").then().body("action", equalTo(List.of("create", "update")))
                .body("[1].before.caseFiled", nullValue()).body("[1].after.caseFiled", equalTo(true));
        Api.as(Api.ANALYST).when().get("/api/cases/" + caseId + "/audit").then().body("action", equalTo(List.of("create", "update")))
                .body("[1].before.handling", nullValue()).body("[1].after.handling", equalTo("已下达责令停止违法行为通知书")).body("[1].actor", equalTo(Api.ANALYST));
        Api.as(Api.ANALYST).when().get("/api/supervised-cases/" + supervisedId + "/audit").then().body("", hasSize(1));

        // and: the ledgers list them in the seed's columns
        String cases = csv("cases");
        assertTrue(cases.startsWith("\uFEFF" + String.join(",", LedgerKind.CASES.headers()) + "\r\n"));
        assertTrue(cases.contains(",潞州区水利局,某宾馆非法取水案" + marker + ",举报类," + LocalDate.now(BUREAU) + ",已下达责令停止违法行为通知书,,,,是\r\n"), cases);
        List<List<String>> supervised = XlsxCells.sheet(Api.as(Api.ANALYST).queryParam("format", "xlsx").when().get("/api/ledgers/supervised").then()
                .statusCode(200).extract().asByteArray(), 1);
        assertEquals(LedgerKind.SUPERVISED.headers(), supervised.get(0));
        assertTrue(supervised.stream().anyMatch(r -> r.contains("某宾馆非法取水案" + marker) && r.contains("限期封填自备井")), supervised.toString());

        // and: this week's report has them as new
        JsonPath weekly = Api.as(Api.ANALYST).queryParam("format", "json").when().get("/api/ledgers/weekly").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> activity = weekly.getList("activity");
        assertTrue(activity.stream().anyMatch(a -> "问题线索".equals(a.get("category")) && ((Number) a.get("id")).longValue() == leadId
                && ((List<?>) a.get("events")).contains("新发现")), activity.toString());
        assertTrue(activity.stream().anyMatch(a -> "执法案件".equals(a.get("category")) && ((Number) a.get("id")).longValue() == caseId
                && ((List<?>) a.get("events")).contains("新立案")), activity.toString());
        String week = weekly.getString("week");
        byte[] workbook = Api.as(Api.ANALYST).queryParam("week", week).queryParam("format", "xlsx").when().get("/api/ledgers/weekly").then()
                .statusCode(200).header("Content-Disposition", containsString("weekly-" + week + ".xlsx")).extract().asByteArray();
        assertEquals(WeeklyReport.SUMMARY_HEADERS, XlsxCells.sheet(workbook, 1).get(0));
        assertEquals(WeeklyReport.ACTIVITY_HEADERS, XlsxCells.sheet(workbook, 2).get(0));
        assertEquals(LedgerKind.LEADS.headers(), XlsxCells.sheet(workbook, 3).get(0));
        assertEquals(LedgerKind.CASES.headers(), XlsxCells.sheet(workbook, 4).get(0));
        assertEquals(LedgerKind.SUPERVISED.headers(), XlsxCells.sheet(workbook, 5).get(0));
        String weeklyCsv = new String(Api.as(Api.ANALYST).queryParam("week", week).when().get("/api/ledgers/weekly").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(weeklyCsv.startsWith("\uFEFF" + String.join(",", WeeklyReport.ACTIVITY_HEADERS) + "\r\n"));
        assertTrue(weeklyCsv.contains("某宾馆非法取水案" + marker));
    }

    @Test
    void verifiesThatTheRegisterOfWaterUsersShowsPermitAndPlanIn10000M3() {
        String marker = marker();
        String unit = "UIT-R-" + marker;
        int year = LocalDate.now(BUREAU).getYear();
        Registry.unit(unit, "长治市某宾馆有限公司" + marker);
        Registry.unitPermit("PIT-" + marker, unit, 35_000);
        Registry.unitPlan(unit, year, 30_000);

        String register = csv("register");

        assertTrue(register.startsWith("\uFEFF序号,单位名称,所属行业,取用水水源,取水许可批复水量（万方/年）,取水计划下达水量（万方/年）,实际取用水量（万方/年）,备注\r\n"));
        assertTrue(register.contains(",长治市某宾馆有限公司" + marker + ",住宿业,地下水,3.5,3,,自备井1眼\r\n"), register);
    }

    @Test
    void verifiesThatBadRequestsGetAClearAnswer() {
        Api.as(Api.ANALYST).queryParam("format", "pdf").when().get("/api/ledgers/leads").then().statusCode(400).body("field", equalTo("format"));
        Api.as(Api.ANALYST).when().get("/api/ledgers/permits").then().statusCode(404);
        Api.as(Api.ANALYST).queryParam("week", "2026-W99").when().get("/api/ledgers/weekly").then().statusCode(400).body("field", equalTo("week"));
        Api.as(Api.ANALYST).queryParam("year", "1900").when().get("/api/ledgers/register").then().statusCode(400);
        Api.as(Api.ANALYST).contentType("application/json").body("{}").when().patch("/api/leads/" + Long.MAX_VALUE).then().statusCode(404);
        Api.as(Api.ANALYST).contentType("application/json").body("{\"description\":\"x\"}").when().post("/api/leads").then().statusCode(400)
                .body("field", equalTo("source"));
        Api.as(Api.ANALYST).contentType("application/json").body(Map.of("leadId", Long.MAX_VALUE, "enforcingUnit", "u", "caseName", "n"))
                .when().post("/api/cases").then().statusCode(400).body("field", equalTo("leadId"));
        for (String user : List.of(Api.REGISTRAR, Api.UTILITY)) {
            Api.as(user).when().get("/api/ledgers/leads").then().statusCode(403);
            Api.as(user).when().get("/api/ledgers/weekly").then().statusCode(403);
        }
    }

    private static String csv(String kind) {
        return new String(Api.as(Api.ANALYST).queryParam("format", "csv").when().get("/api/ledgers/" + kind).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
