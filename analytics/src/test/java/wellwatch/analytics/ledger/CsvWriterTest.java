package wellwatch.analytics.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    private static final List<String> HEADERS = List.of("序号", "单位名称", "备注");

    @Test
    void verifiesThatTheFileStartsWithAByteOrderMarkAndEndsEveryRecordWithCrLf() {
        byte[] csv = CsvWriter.write(new Sheet("t", HEADERS, List.of(List.of(Cell.number(1), Cell.text("长治市某宾馆有限公司"), Cell.EMPTY))));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("序号,单位名称,备注\r\n1,长治市某宾馆有限公司,\r\n", new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain                | plain",
            "a,b                  | `\"a,b\"`",
            "say \"hi\"           | `\"say \"\"hi\"\"\"`",
            "自备井1眼；公共管网覆盖区内 | 自备井1眼；公共管网覆盖区内"})
    void verifiesRfc4180Quoting(String text, String field) {
        assertEquals(field, CsvWriter.field(Cell.text(text)));
    }

    @Test
    void verifiesThatLineBreaksInsideAFieldAreQuotedAndKept() {
        assertEquals("\"线索核实情况：是\n立案情况：否\"", CsvWriter.field(Cell.text("线索核实情况：是\n立案情况：否")));
        assertEquals("\"a\r\nb\"", CsvWriter.field(Cell.text("a\r\nb")));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\",\"y\") | `\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
            "+1+1                          | '+1+1",
            "-2+3                          | '-2+3",
            "@SUM(A1:A9)                   | '@SUM(A1:A9)",
            "=1+1                          | '=1+1"})
    void verifiesThatTextAFormulaCouldHideInIsNeutralisedAndStillQuoted(String text, String field) {
        assertEquals(field, CsvWriter.field(Cell.text(text)));
    }

    @Test
    void verifiesThatLeadingTabAndCarriageReturnAreNeutralisedToo() {
        assertEquals("'\tcmd", CsvWriter.field(Cell.text("\tcmd")));
        assertEquals("\"'\r=1\"", CsvWriter.field(Cell.text("\r=1")));
        assertEquals("a=1", CsvWriter.field(Cell.text("a=1")));
    }

    @Test
    void verifiesThatNumbersAreWrittenPlainEvenWhenNegative() {
        assertEquals("-3.5", CsvWriter.field(Cell.number(new BigDecimal("-3.5"))));
        assertEquals("120000", CsvWriter.field(Cell.number(new BigDecimal("1.2E+5"))));
    }
}
