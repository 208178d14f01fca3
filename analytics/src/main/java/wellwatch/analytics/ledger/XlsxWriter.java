package wellwatch.analytics.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Ledgers as XLSX (Office Open XML SpreadsheetML), written by hand: a zip of {@code [Content_Types].xml},
 * {@code _rels/.rels}, {@code xl/workbook.xml} with its rels, {@code xl/styles.xml} and one
 * {@code xl/worksheets/sheetN.xml} per sheet. Text is always an inline string ({@code t="inlineStr"}) and
 * never a formula, so text like {@code =HYPERLINK(...)} is shown, not run. No reflection, no library: it
 * works unchanged in a native image.
 */
public final class XlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Style indexes in styles.xml: 1 wraps text (multi-line cells), 2 is the bold header. */
    private static final int STYLE_WRAP = 1;
    private static final int STYLE_HEADER = 2;
    private static final int MAX_WIDTH = 60;
    /** A fixed entry time, so that the same ledger gives the same bytes. */
    private static final long ENTRY_TIME = 1_577_836_800_000L; // 2020-01-01T00:00:00Z

    private XlsxWriter() {}

    public static byte[] write(List<Sheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            entry(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", workbook(sheets));
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
            entry(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", worksheet(sheets.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder x = new StringBuilder(HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            x.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return x.append("</Types>").toString();
    }

    private static String workbook(List<Sheet> sheets) {
        StringBuilder x = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\"><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            x.append("<sheet name=\"").append(escape(sheetName(sheets.get(i).name(), i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return x.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder x = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            x.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS).append("/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        x.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS).append("/styles\" Target=\"styles.xml\"/>");
        return x.append("</Relationships>").toString();
    }

    private static String worksheet(Sheet sheet) {
        int columns = sheet.headers().size();
        StringBuilder x = new StringBuilder(HEAD.length() + 512 + sheet.rows().size() * 256).append(HEAD)
                .append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("</sheetView></sheetViews><cols>");
        int[] widths = widths(sheet);
        for (int c = 0; c < columns; c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(widths[c]).append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>");
        x.append("<row r=\"1\">");
        for (int c = 0; c < columns; c++) {
            text(x, ref(c, 1), sheet.headers().get(c), STYLE_HEADER);
        }
        x.append("</row>");
        int r = 2;
        for (List<Cell> row : sheet.rows()) {
            x.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < columns; c++) {
                Cell cell = row.get(c);
                if (cell instanceof Cell.Number n) {
                    x.append("<c r=\"").append(ref(c, r)).append("\"><v>").append(n.value().toPlainString()).append("</v></c>");
                } else if (!cell.isEmpty()) {
                    text(x, ref(c, r), ((Cell.Text) cell).value(), STYLE_WRAP);
                }
            }
            x.append("</row>");
            r++;
        }
        return x.append("</sheetData></worksheet>").toString();
    }

    private static void text(StringBuilder x, String ref, String value, int style) {
        x.append("<c r=\"").append(ref).append("\" t=\"inlineStr\" s=\"").append(style).append("\"><is><t xml:space=\"preserve\">")
                .append(escape(value)).append("</t></is></c>");
    }

    /** The cell reference of a 0-based column and 1-based row: {@code A1}, {@code AA10}. */
    static String ref(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    /** Column widths in characters, a CJK character counting two, from the header and the cells' longest line. */
    private static int[] widths(Sheet sheet) {
        int[] w = new int[sheet.headers().size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = display(sheet.headers().get(c));
        }
        for (List<Cell> row : sheet.rows()) {
            for (int c = 0; c < w.length; c++) {
                Cell cell = row.get(c);
                String s = cell instanceof Cell.Number n ? n.value().toPlainString() : ((Cell.Text) cell).value();
                w[c] = Math.max(w[c], display(s));
            }
        }
        for (int c = 0; c < w.length; c++) {
            w[c] = Math.min(MAX_WIDTH, Math.max(6, w[c] + 2));
        }
        return w;
    }

    private static int display(String s) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current += ch >= 0x2E80 ? 2 : 1;
            }
        }
        return Math.max(longest, current);
    }

    /** A valid sheet name: at most 31 characters, none of {@code []:*?/\}, not blank. */
    static String sheetName(String name, int index) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet" + (index + 1);
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** XML text or attribute value: markup characters escaped, characters XML 1.0 forbids left out. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(ch).append(s.charAt(++i));
                    } else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final String STYLES = HEAD + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
