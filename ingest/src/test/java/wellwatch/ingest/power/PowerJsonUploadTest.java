package wellwatch.ingest.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.contract.power.PowerReading;

class PowerJsonUploadTest {

    @Test
    void verifiesThatEachElementIsARowReportedByItsIndex() {
        // given
        String json = """
                [{"meterNo":"M1","intervalStart":"2026-05-01T00:00:00Z","intervalEnd":"2026-05-01T01:00:00Z","kwh":7.25,"kw":7.4},
                 {"meterNo":"M2","intervalStart":"2026-05-01T00:00:00Z","intervalEnd":"2026-05-01T01:00:00Z","kwh":"7"},
                 42,
                 {"meterNo":"M4","intervalStart":"2026-05-01T00:00:00Z","intervalEnd":"2026-05-01T01:00:00Z","kwh":0}]
                """;

        // when
        ParsedUpload upload = PowerJsonUpload.parse(bytes(json), "b", 10);

        // then
        assertEquals(ParsedUpload.INDEX, upload.positionName());
        List<UploadRow> rows = upload.rows();
        assertEquals(List.of(0, 1, 2, 3), rows.stream().map(UploadRow::position).toList());
        assertEquals(new PowerReading("M1", null, PowerCsvTest.START, PowerCsvTest.END, 7.25, 7.4, "b"), rows.get(0).verdict().reading());
        assertEquals("field 'kwh' must be a number", rows.get(1).verdict().reason());
        assertTrue(rows.get(2).verdict().reason().startsWith("element must be a JSON object"), rows.get(2).verdict().reason());
        assertTrue(rows.get(3).verdict().isAccepted());
        assertEquals("element 3", upload.where(3));
    }

    @Test
    void verifiesThatAnEmptyArrayIsAnEmptyUpload() {
        assertEquals(0, PowerJsonUpload.parse(bytes(" [ ] "), "b", 10).rows().size());
    }

    @Test
    void verifiesThatJsonThatIsNotAWellFormedArrayRefusesTheWholeUpload() {
        assertRefused("", 400, "empty body");
        assertRefused("{\"meterNo\":\"M1\"}", 400, "body must be a JSON array");
        assertRefused("[{\"meterNo\":\"M1\"},", 400, "malformed JSON");
        assertRefused("[{\"meterNo\":\"M1\"}\n {oops}]", 400, "malformed JSON at line 2");
        assertRefused("[] []", 400, "content after the closing ']'");
        assertRefused("[" + "[".repeat(50) + "]".repeat(50) + "]", 400, "malformed JSON");
    }

    @Test
    void verifiesThatMoreElementsThanTheLimitRefuseTheUploadWith413() {
        assertRefused("[{},{},{},{}]", 413, "more than 3 rows");
    }

    private static void assertRefused(String json, int status, String message) {
        UploadRefused e = assertThrows(UploadRefused.class, () -> PowerJsonUpload.parse(bytes(json), "b", 3));
        assertEquals(status, e.status());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
