package wellwatch.ingest.power;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingCodec;
import wellwatch.contract.power.PowerVerdict;

/**
 * The utility's CSV upload: a header line naming the columns {@code meter_no,interval_start,interval_end,kwh}
 * and optionally {@code kw} (any order, any case), then one interval per line. RFC 4180 cells: quoted cells
 * may hold commas, doubled quotes and line breaks; CRLF, LF or CR line ends; a UTF-8 byte order mark is
 * skipped; blank lines and lines of empty cells only ({@code ,,,,}) are ignored. A broken row is reported with the line it starts on, never dropped.
 *
 * <p>Cells of text columns that start like a spreadsheet formula ({@code = + - @}, or a tab or carriage
 * return) are refused: the meter numbers end up in the bureau's ledgers, and a formula there runs when
 * someone opens the export in a spreadsheet (CSV injection).
 */
public final class PowerCsv {

    public static final String METER_NO = "meter_no";
    public static final String INTERVAL_START = "interval_start";
    public static final String INTERVAL_END = "interval_end";
    public static final String KWH = "kwh";
    public static final String KW = "kw";
    public static final String HEADER = String.join(",", METER_NO, INTERVAL_START, INTERVAL_END, KWH, KW);
    private static final List<String> COLUMNS = List.of(METER_NO, INTERVAL_START, INTERVAL_END, KWH, KW);

    private PowerCsv() {}

    /**
     * @param text the body, decoded
     * @param batch the batch the readings are labelled with
     * @param maxRows most data rows accepted
     * @throws UploadRefused when there is no usable header (400) or more than {@code maxRows} rows (413)
     */
    public static ParsedUpload parse(String text, String batch, int maxRows) {
        Tokenizer tokens = new Tokenizer(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Record header = tokens.next();
        if (header == null) {
            throw UploadRefused.unparseable("empty body: expected the header line " + HEADER + " and one line per interval");
        }
        int[] index = headerIndex(header);
        List<UploadRow> rows = new ArrayList<>();
        for (Record record = tokens.next(); record != null; record = tokens.next()) {
            if (record.isEmpty()) {
                continue; // ",,,," : spreadsheets save empty rows so; there is nothing in it to report
            }
            if (rows.size() >= maxRows) {
                throw UploadRefused.tooManyRows(maxRows);
            }
            rows.add(new UploadRow(record.line(), row(record, index, header.cells().size(), batch)));
        }
        return new ParsedUpload(ParsedUpload.LINE, rows);
    }

    /** Column positions by {@link #COLUMNS} order (-1 = absent), or 400 when the first line is not the header. */
    private static int[] headerIndex(Record header) {
        if (header.error() != null) {
            throw UploadRefused.unparseable("line " + header.line() + " (header): " + header.error());
        }
        int[] index = {-1, -1, -1, -1, -1};
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim().toLowerCase(Locale.ROOT);
            int column = COLUMNS.indexOf(name);
            if (column < 0) {
                throw UploadRefused.unparseable("the first line must be the header " + HEADER + " (kw optional, any order);"
                        + " found column '" + PowerReadingCodec.abbreviate(cells.get(i)) + "'");
            }
            if (index[column] >= 0) {
                throw UploadRefused.unparseable("header names column '" + name + "' twice");
            }
            index[column] = i;
        }
        for (int column = 0; column < 4; column++) {
            if (index[column] < 0) {
                throw UploadRefused.unparseable("header lacks column '" + COLUMNS.get(column) + "': expected " + HEADER + " (kw optional)");
            }
        }
        return index;
    }

    private static PowerVerdict row(Record record, int[] index, int width, String batch) {
        if (record.error() != null) {
            return PowerVerdict.rejected(record.error());
        }
        List<String> cells = record.cells();
        if (cells.size() != width) {
            return PowerVerdict.rejected("expected " + width + " cells as in the header, found " + cells.size());
        }
        try {
            String meterNo = text(cells.get(index[0]), METER_NO);
            Instant start = timestamp(cells.get(index[1]), INTERVAL_START);
            Instant end = timestamp(cells.get(index[2]), INTERVAL_END);
            Double kwh = number(cells.get(index[3]), KWH);
            if (kwh == null) {
                return PowerVerdict.rejected(KWH + " is empty");
            }
            Double kw = index[4] < 0 ? null : number(cells.get(index[4]), KW);
            return PowerVerdict.accepted(new PowerReading(meterNo, null, start, end, kwh, kw, batch));
        } catch (CellException e) {
            return PowerVerdict.rejected(e.getMessage());
        }
    }

    private static String text(String cell, String column) {
        if (!cell.isEmpty() && (cell.charAt(0) == '\t' || cell.charAt(0) == '\r')) {
            throw new CellException(column + " starts with a control character: formula-like cells are refused (spreadsheet injection)");
        }
        String value = cell.trim();
        if (value.isEmpty()) {
            throw new CellException(column + " is empty");
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            throw new CellException(column + " starts with '" + first + "': formula-like cells are refused (spreadsheet injection)");
        }
        return value;
    }

    private static Instant timestamp(String cell, String column) {
        String value = text(cell, column);
        try {
            return PowerReadingCodec.parseTimestamp(value);
        } catch (IllegalArgumentException e) {
            throw new CellException(column + ": " + e.getMessage());
        }
    }

    /** A decimal number ({@code 12}, {@code 7.25}, {@code 1.5E3}); {@code null} for an empty cell. */
    private static Double number(String cell, String column) {
        String value = cell.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            double d = new BigDecimal(value).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CellException(column + " '" + PowerReadingCodec.abbreviate(value) + "' is not a number (write e.g. 12.5, with a '.' for decimals)");
    }

    /** One CSV record: its cells, the line it starts on, and what is wrong with its syntax, if anything. */
    record Record(List<String> cells, int line, String error) {

        boolean isEmpty() {
            return error == null && cells.stream().allMatch(String::isBlank);
        }
    }

    /** RFC 4180 records, with the physical line each starts on. Blank lines are skipped. */
    static final class Tokenizer {
        private final String text;
        private int pos;
        private int line = 1;

        Tokenizer(String text) {
            this.text = text;
        }

        /** The next record, or {@code null} at the end. */
        Record next() {
            while (pos < text.length() && isLineEnd(text.charAt(pos))) {
                lineEnd(); // blank line
            }
            if (pos >= text.length()) {
                return null;
            }
            int startLine = line;
            List<String> cells = new ArrayList<>();
            String error = null;
            StringBuilder cell = new StringBuilder();
            while (true) {
                if (pos < text.length() && text.charAt(pos) == '"' && cell.toString().isBlank()) {
                    // quoted cell (leading blanks before the quote are dropped)
                    cell.setLength(0);
                    int quoteLine = line;
                    pos++;
                    boolean closed = false;
                    while (pos < text.length()) {
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                                cell.append('"');
                                pos += 2;
                            } else {
                                pos++;
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
                                line++;
                            }
                            cell.append(c);
                            pos++;
                        }
                    }
                    if (!closed) {
                        return new Record(cells, startLine, "quoted cell opened on line " + quoteLine + " is never closed");
                    }
                    // only blanks may follow the closing quote before the delimiter
                    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                        pos++;
                    }
                    if (pos < text.length() && text.charAt(pos) != ',' && !isLineEnd(text.charAt(pos))) {
                        error = "unexpected character after a closing quote in cell " + (cells.size() + 1);
                        skipToLineEnd();
                    }
                }
                if (pos >= text.length() || isLineEnd(text.charAt(pos))) {
                    cells.add(cell.toString());
                    if (pos < text.length()) {
                        lineEnd();
                    }
                    return new Record(cells, startLine, error);
                }
                char c = text.charAt(pos++);
                if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
        }

        private void skipToLineEnd() {
            while (pos < text.length() && !isLineEnd(text.charAt(pos))) {
                pos++;
            }
        }

        private void lineEnd() {
            if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos++;
            }
            pos++;
            line++;
        }

        private static boolean isLineEnd(char c) {
            return c == '\n' || c == '\r';
        }
    }

    private static final class CellException extends RuntimeException {
        CellException(String message) {
            super(message, null, false, false);
        }
    }
}
