package wellwatch.ingest.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wellwatch.contract.power.PowerReading;

/** Not a @QuarkusTest: the parser is a function of the text. */
class PowerCsvTest {

    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-05-01T01:00:00Z");

    @Test
    void verifiesThatAWellFormedUploadGivesOneReadingPerLine() {
        // given
        String csv = """
                meter_no,interval_start,interval_end,kwh,kw
                3301000012345,2026-05-01T08:00:00+08:00,2026-05-01T09:00:00+08:00,7.25,7.4
                3301000012346,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,0,
                """;

        // when
        ParsedUpload upload = PowerCsv.parse(csv, "b1", 10);

        // then
        assertEquals(ParsedUpload.LINE, upload.positionName());
        assertEquals(List.of(2, 3), upload.rows().stream().map(UploadRow::position).toList());
        assertEquals(new PowerReading("3301000012345", null, START, END, 7.25, 7.4, "b1"), reading(upload, 0));
        assertEquals(new PowerReading("3301000012346", null, START, END, 0, null, "b1"), reading(upload, 1));
    }

    @Test
    void verifiesThatABomCrlfQuotedCellsAnyColumnOrderAndNoKwColumnAreUnderstood() {
        String csv = "\uFEFFKWH,\"meter_no\",interval_start,interval_end\r\n"
                + "\"1.5\",\" M-1 \",\"2026-05-01 00:00:00Z\",2026-05-01T01:00:00Z\r\n"
                + "\r\n"
                + ",,,\r\n"
                + "2,M2,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z";

        ParsedUpload upload = PowerCsv.parse(csv, "b", 10);

        assertEquals(2, upload.rows().size(), "blank lines and rows of empty cells are no data");
        assertEquals(new PowerReading("M-1", null, START, END, 1.5, null, "b"), reading(upload, 0));
        assertEquals(5, upload.rows().get(1).position());
    }

    @Test
    void verifiesThatAQuotedCellMayHoldCommasQuotesAndLineBreaksAndLineNumbersStayRight() {
        String csv = """
                meter_no,interval_start,interval_end,kwh,kw
                "M,""1""
                continued",2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,
                M2,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,
                """;

        ParsedUpload upload = PowerCsv.parse(csv, "b", 10);

        assertEquals(List.of(2, 4), upload.rows().stream().map(UploadRow::position).toList());
        assertEquals("M,\"1\"\ncontinued", reading(upload, 0).meterNo(), "decoded; the validator refuses it, the parser keeps it");
        assertEquals("M2", reading(upload, 1).meterNo());
    }

    @Test
    void verifiesThatBrokenRowsAreReportedWithTheirLineAndTheRestIsKept() {
        // given
        String csv = """
                meter_no,interval_start,interval_end,kwh,kw
                M1,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,
                M2,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z
                M3,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,lots,
                M4,2026-05-01 08:00,2026-05-01T01:00:00Z,1,
                M5,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,,
                M6,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,fast
                "M7"x,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,
                ,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,
                M9,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1,
                """;

        // when
        ParsedUpload upload = PowerCsv.parse(csv, "b", 100);

        // then
        assertEquals(9, upload.rows().size());
        assertTrue(upload.rows().get(0).verdict().isAccepted());
        assertReason(upload, 1, 3, "expected 5 cells as in the header, found 3");
        assertReason(upload, 2, 4, "kwh 'lots' is not a number");
        assertReason(upload, 3, 5, "interval_start: '2026-05-01 08:00' has no zone offset");
        assertReason(upload, 4, 6, "kwh is empty");
        assertReason(upload, 5, 7, "kw 'fast' is not a number");
        assertReason(upload, 6, 8, "unexpected character after a closing quote in cell 1");
        assertReason(upload, 7, 9, "meter_no is empty");
        assertTrue(upload.rows().get(8).verdict().isAccepted());
        assertEquals(10, upload.rows().get(8).position());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\";\"M1\")", "+1-1", "-2+3", "@SUM(A1)", "\"=1+1\"", " =1+1"})
    void verifiesThatFormulaLikeMeterNumbersAreRefusedWithAReason(String cell) {
        String csv = "meter_no,interval_start,interval_end,kwh\n" + cell + ",2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1\n";

        UploadRow row = PowerCsv.parse(csv, "b", 10).rows().get(0);

        assertFalse(row.verdict().isAccepted());
        assertTrue(row.verdict().reason().startsWith("meter_no starts with '"), row.verdict().reason());
        assertTrue(row.verdict().reason().contains("spreadsheet injection"), row.verdict().reason());
    }

    @Test
    void verifiesThatFormulaLikeTimestampsAndControlCharactersAreRefusedToo() {
        String csv = "meter_no,interval_start,interval_end,kwh\n"
                + "M1,=NOW(),2026-05-01T01:00:00Z,1\n"
                + "\"\tM1\",2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1\n";

        List<UploadRow> rows = PowerCsv.parse(csv, "b", 10).rows();

        assertTrue(rows.get(0).verdict().reason().startsWith("interval_start starts with '='"), rows.get(0).verdict().reason());
        assertTrue(rows.get(1).verdict().reason().startsWith("meter_no starts with a control character"), rows.get(1).verdict().reason());
    }

    @Test
    void verifiesThatANegativeNumberIsANumberForTheValidatorToJudge() {
        String csv = "meter_no,interval_start,interval_end,kwh\nM1,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,-3\n";

        assertEquals(-3.0, reading(PowerCsv.parse(csv, "b", 10), 0).kwh());
    }

    @Test
    void verifiesThatAnUnclosedQuoteIsReportedAtTheLineItOpens() {
        String csv = "meter_no,interval_start,interval_end,kwh\nM1,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1\n\"M2,2026-05-01T00:00:00Z\nM3,x,y,1\n";

        List<UploadRow> rows = PowerCsv.parse(csv, "b", 10).rows();

        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).position());
        assertEquals("quoted cell opened on line 3 is never closed", rows.get(1).verdict().reason());
    }

    @Test
    void verifiesThatAnUploadWithoutItsHeaderIsRefusedAsAWhole() {
        assertRefused("", 400, "empty body");
        assertRefused("\n\n", 400, "empty body");
        assertRefused("M1,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1\n", 400, "the first line must be the header");
        assertRefused("meter_no,interval_start,kwh\n", 400, "header lacks column 'interval_end'");
        assertRefused("meter_no,interval_start,interval_end,kwh,kwh\n", 400, "header names column 'kwh' twice");
        assertRefused("{\"meterNo\":\"M1\"}", 400, "the first line must be the header");
    }

    @Test
    void verifiesThatMoreRowsThanTheLimitRefuseTheUploadWith413() {
        String csv = "meter_no,interval_start,interval_end,kwh\n" + "M1,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1\n".repeat(4);

        assertEquals(3, PowerCsv.parse(csv.substring(0, csv.lastIndexOf("M1")), "b", 3).rows().size());
        assertRefused(csv, 413, "more than 3 rows in one request");
    }

    private static void assertRefused(String csv, int status, String message) {
        UploadRefused e = assertThrows(UploadRefused.class, () -> PowerCsv.parse(csv, "b", 3));
        assertEquals(status, e.status());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static void assertReason(ParsedUpload upload, int row, int line, String reason) {
        UploadRow r = upload.rows().get(row);
        assertEquals(line, r.position());
        assertNull(r.verdict().reading());
        assertTrue(r.verdict().reason().contains(reason), "line " + line + ": " + r.verdict().reason());
    }

    static PowerReading reading(ParsedUpload upload, int row) {
        UploadRow r = upload.rows().get(row);
        assertTrue(r.verdict().isAccepted(), r.verdict().reason());
        return r.verdict().reading();
    }
}
