package wellwatch.analytics.ledger;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test support: reads what an XLSX holds with the JDK alone (zip + DOM), failing on anything a formula could hide in. */
public final class XlsxCells {

    private XlsxCells() {}

    /** The parts of the zip by name, as text. */
    public static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** The cells of sheet {@code n} (1-based) as text, row by row, by column position; empty cells are "". */
    public static List<List<String>> sheet(byte[] xlsx, int n) throws Exception {
        String xml = parts(xlsx).get("xl/worksheets/sheet" + n + ".xml");
        if (xml == null) {
            throw new AssertionError("no sheet " + n);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        if (doc.getElementsByTagNameNS(XlsxWriter.MAIN_NS, "f").getLength() > 0) {
            throw new AssertionError("the sheet holds a formula");
        }
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = doc.getElementsByTagNameNS(XlsxWriter.MAIN_NS, "row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> row = new ArrayList<>();
            NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagNameNS(XlsxWriter.MAIN_NS, "c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                int column = column(cell.getAttribute("r"));
                while (row.size() < column) {
                    row.add("");
                }
                row.add(cell.getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }

    private static int column(String ref) {
        int c = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }
}
