package wellwatch.registry.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180) as spreadsheets write them: cells separated by commas, a cell in double quotes
 * may hold commas, line breaks and doubled quotes ({@code ""}); records end with LF, CRLF or CR. A UTF-8 byte
 * order mark at the start is skipped (Excel's "CSV UTF-8" writes one). Each record carries the line it
 * starts on, so that problems can be reported against the file as the user sees it. A malformed record
 * (a quote never closed, text after a closing quote) is returned with its error, and reading goes on with
 * the next line.
 */
public final class CsvReader {

    /** A record: its first line (1-based), its cells, or the reason it could not be read. */
    public record Record(int line, List<String> cells, String error) {

        /** An empty line. */
        public boolean blank() {
            return error == null && cells.size() == 1 && cells.get(0).isBlank();
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == EOF) {
            return null;
        }
        int first = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (c == '"' && cell.length() == 0) {
                // quoted cell
                int opened = line;
                while (true) {
                    c = read();
                    if (c == EOF) {
                        return new Record(first, List.of(), "a quoted cell opened on line " + opened + " is never closed");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            cell.append('"');
                            continue;
                        }
                        c = d;
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        c = newline(c);
                        cell.append('\n');
                        continue;
                    }
                    cell.append((char) c);
                }
                if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    skipLine(c);
                    return new Record(first, List.of(), "text after the closing quote of cell " + (cells.size() + 1)
                            + " (a quote inside a quoted cell must be doubled: \"\")");
                }
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n' || c == EOF) {
                cells.add(cell.toString());
                if (c != EOF) {
                    newline(c);
                }
                return new Record(first, cells, null);
            }
            cell.append((char) c);
            c = read();
        }
    }

    /** Consumes a line break starting with {@code c} (CR, LF or CRLF), counts it; returns the break as read. */
    private int newline(int c) throws IOException {
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                pushedBack = d;
            }
        }
        line++;
        return '\n';
    }

    private void skipLine(int c) throws IOException {
        while (c != EOF && c != '\r' && c != '\n') {
            c = read();
        }
        if (c != EOF) {
            newline(c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
