package wellwatch.analytics.ledger;

import java.util.Arrays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    private static final Sheet LEADS = new Sheet("问题线索台账", List.of("序号", "问题线索来源", "问题或线索基本情况"), List.of(
            List.of(Cell.number(1), Cell.text("执法检查类"), Cell.text("=HYPERLINK(\"http://evil\",\"点击\")")),
            List.of(Cell.number(2), Cell.EMPTY, Cell.text("线索核实情况：是\n<立案> & \"移送\"")),
            List.of(Cell.number(new BigDecimal("3.42")), Cell.text("@SUM(A1)"), Cell.text("bad\u0001char 𠀀"))));

    /** Reads the file the way a third party would: Python's zipfile and a minimal ElementTree parse. */
    private static final String PYTHON_READER = """
            import sys, json, zipfile, xml.etree.ElementTree as ET
            ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            ET.fromstring(z.read('[Content_Types].xml'))
            ET.fromstring(z.read('xl/styles.xml'))
            sheets = [s.get('name') for s in ET.fromstring(z.read('xl/workbook.xml')).iterfind('.//m:sheets/m:sheet', ns)]
            rows = []
            for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iterfind('.//m:sheetData/m:row', ns):
                row = {}
                for c in r.iterfind('m:c', ns):
                    if c.find('m:f', ns) is not None:
                        sys.exit('formula in ' + c.get('r'))
                    if c.get('t') == 'inlineStr':
                        row[c.get('r')] = ''.join(t.text or '' for t in c.iterfind('m:is/m:t', ns))
                    else:
                        row[c.get('r')] = float(c.find('m:v', ns).text)
                rows.append(row)
            print(json.dumps({'names': z.namelist(), 'sheets': sheets, 'rows': rows}, ensure_ascii=False))
            """;

    @Test
    void verifiesThatTheFileIsAZipWithThePartsExcelNeeds() throws IOException {
        Map<String, String> parts = XlsxCells.parts(XlsxWriter.write(List.of(LEADS)));

        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"),
                List.copyOf(parts.keySet()));
        assertTrue(parts.get("[Content_Types].xml").contains("PartName=\"/xl/worksheets/sheet1.xml\""));
        assertTrue(parts.get("xl/workbook.xml").contains("<sheet name=\"问题线索台账\" sheetId=\"1\" r:id=\"rId1\"/>"));
    }

    @Test
    void verifiesThatTextIsAlwaysAnInlineStringAndNeverAFormula() throws Exception {
        String sheet = XlsxCells.parts(XlsxWriter.write(List.of(LEADS))).get("xl/worksheets/sheet1.xml");

        assertFalse(sheet.contains("<f>"));
        assertTrue(sheet.contains("<c r=\"C2\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://evil&quot;,&quot;点击&quot;)</t></is></c>"),
                sheet);
        assertTrue(sheet.contains("<c r=\"A4\"><v>3.42</v></c>"));
    }

    @Test
    void verifiesThatTheJdkParserReadsBackEveryCellEscapedAndInvalidCharactersDropped() throws Exception {
        List<List<String>> cells = XlsxCells.sheet(XlsxWriter.write(List.of(LEADS)), 1);

        assertEquals(List.of("序号", "问题线索来源", "问题或线索基本情况"), cells.get(0));
        assertEquals(List.of("1", "执法检查类", "=HYPERLINK(\"http://evil\",\"点击\")"), cells.get(1));
        assertEquals(List.of("2", "", "线索核实情况：是\n<立案> & \"移送\""), cells.get(2));
        assertEquals(List.of("3.42", "@SUM(A1)", "badchar 𠀀"), cells.get(3));
    }

    @Test
    void verifiesThatPythonsZipfileAndElementTreeReadTheCells(@TempDir Path dir) throws Exception {
        assumeTrue(python(), "python3 is not installed");
        Path file = dir.resolve("leads.xlsx");
        Files.write(file, XlsxWriter.write(List.of(LEADS, new Sheet("第二页", List.of("a"), List.of()))));
        Path script = dir.resolve("read_xlsx.py");
        Files.writeString(script, PYTHON_READER);

        Process p = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        JsonNode read = new ObjectMapper().readTree(out);
        assertEquals("[\"问题线索台账\",\"第二页\"]", read.get("sheets").toString());
        JsonNode rows = read.get("rows");
        assertEquals(4, rows.size());
        assertEquals("问题线索来源", rows.get(0).get("B1").asText());
        assertEquals("=HYPERLINK(\"http://evil\",\"点击\")", rows.get(1).get("C2").asText());
        assertEquals(1.0, rows.get(1).get("A2").asDouble());
        assertFalse(rows.get(2).has("B3"));
        assertEquals("线索核实情况：是\n<立案> & \"移送\"", rows.get(2).get("C3").asText());
        assertEquals(3.42, rows.get(3).get("A4").asDouble());
    }

    @Test
    void verifiesCellReferencesAndSheetNames() {
        assertEquals("A1", XlsxWriter.ref(0, 1));
        assertEquals("Z9", XlsxWriter.ref(25, 9));
        assertEquals("AA10", XlsxWriter.ref(26, 10));
        assertEquals("AZ2", XlsxWriter.ref(51, 2));
        assertEquals("BA2", XlsxWriter.ref(52, 2));
        assertEquals("周报 2026-W47", XlsxWriter.sheetName("周报/2026-W47", 0));
        assertEquals("Sheet2", XlsxWriter.sheetName(" ", 1));
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40), 0).length());
    }

    @Test
    void verifiesThatTheSameLedgerGivesTheSameBytes() {
        assertEquals(Arrays.hashCode(XlsxWriter.write(List.of(LEADS))), Arrays.hashCode(XlsxWriter.write(List.of(LEADS))));
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
