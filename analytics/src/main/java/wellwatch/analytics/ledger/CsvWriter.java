package wellwatch.analytics.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ledgers as CSV for Excel in China: UTF-8 with a byte-order mark (without it Excel reads GBK and garbles
 * the Chinese), RFC 4180 (CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled),
 * and formula injection neutralised: text starting with {@code = + - @}, tab or CR gets a leading {@code '}
 * so that Excel shows it instead of running it. Numbers are written as they are.
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {}

    public static byte[] write(Sheet sheet) {
        StringBuilder out = new StringBuilder(256 + sheet.rows().size() * 128);
        line(out, sheet.headers().stream().map(h -> (Cell) new Cell.Text(h)).toList());
        for (List<Cell> row : sheet.rows()) {
            line(out, row);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.length() * 2 + BOM.length);
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, neutralised and quoted as needed. */
    static String field(Cell cell) {
        if (cell instanceof Cell.Number n) {
            return n.value().toPlainString();
        }
        return quote(neutralise(((Cell.Text) cell).value()));
    }

    /** Text a spreadsheet would take for a formula, with a leading {@code '}; anything else unchanged. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    static String quote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
