package wellwatch.registry.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Not a @QuarkusTest: the reader is plain Java. */
class CsvReaderTest {

    @Test
    void verifiesThatAByteOrderMarkAtTheStartIsSkipped() throws IOException {
        // given: Excel's "CSV UTF-8"
        List<CsvReader.Record> records = read("\uFEFF序号,单位名称\n1,某宾馆\n");

        // then
        assertEquals(List.of("序号", "单位名称"), records.get(0).cells());
        assertEquals(List.of("1", "某宾馆"), records.get(1).cells());
    }

    @Test
    void verifiesThatQuotedCellsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
        // given
        String csv = "a,b,c\n\"长治市,某宾馆\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row,here\n";

        // when
        List<CsvReader.Record> records = read(csv);

        // then: the quoted record starts on line 2 and the next one on line 4
        assertEquals(List.of("长治市,某宾馆", "say \"hi\"", "two\nlines"), records.get(1).cells());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line());
    }

    @Test
    void verifiesThatCrLfAndCrLineEndsAndAMissingLastLineEndAreRecordEnds() throws IOException {
        List<CsvReader.Record> records = read("a,b\r\n1,2\r3,4");

        assertEquals(3, records.size());
        assertEquals(List.of("3", "4"), records.get(2).cells());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void verifiesThatEmptyCellsAndBlankLinesAreKept() throws IOException {
        List<CsvReader.Record> records = read("a,,c\n\n,,\n");

        assertEquals(List.of("a", "", "c"), records.get(0).cells());
        assertTrue(records.get(1).blank());
        assertEquals(List.of("", "", ""), records.get(2).cells());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void verifiesThatTextAfterAClosingQuoteIsAnErrorOfThatRecordOnlyAndReadingGoesOn() throws IOException {
        List<CsvReader.Record> records = read("a,b\n\"x\"y,2\nok,3\n");

        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).error().contains("after the closing quote"), records.get(1).error());
        assertEquals(List.of("ok", "3"), records.get(2).cells());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void verifiesThatAQuoteNeverClosedIsReportedWithTheLineItOpenedOn() throws IOException {
        List<CsvReader.Record> records = read("a,b\n1,2\n3,\"open\n4,5\n");

        CsvReader.Record last = records.get(records.size() - 1);
        assertEquals(3, last.line());
        assertTrue(last.error().contains("opened on line 3"), last.error());
    }

    @Test
    void verifiesThatAQuoteInsideAnUnquotedCellIsKeptAsText() throws IOException {
        List<CsvReader.Record> records = read("5\"pipe,b\n");

        assertEquals(List.of("5\"pipe", "b"), records.get(0).cells());
        assertNull(records.get(0).error());
    }

    static List<CsvReader.Record> read(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<CsvReader.Record> out = new ArrayList<>();
        for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
            out.add(r);
        }
        return out;
    }
}
