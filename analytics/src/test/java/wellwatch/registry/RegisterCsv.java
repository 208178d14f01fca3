package wellwatch.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wellwatch.registry.csv.RegisterLayout;

/**
 * Test fixture: registry CSV files in the import's layout, built row by row with named cells, quoted as a
 * spreadsheet would quote them. {@code RegisterCsv.full()} has every column; {@code .row()} starts a row.
 */
public final class RegisterCsv {

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private RegisterCsv(List<String> columns) {
        this.columns = columns;
    }

    /** The ledger's columns followed by every well column. */
    public static RegisterCsv full() {
        List<String> all = new ArrayList<>(RegisterLayout.LEDGER);
        all.addAll(RegisterLayout.EXTRA);
        return new RegisterCsv(all);
    }

    /** The ledger's columns followed by the given ones. */
    public static RegisterCsv with(String... extra) {
        List<String> all = new ArrayList<>(RegisterLayout.LEDGER);
        all.addAll(Arrays.asList(extra));
        return new RegisterCsv(all);
    }

    public List<String> columns() {
        return columns;
    }

    /** A new row; set its cells on the returned builder. */
    public Row row() {
        Map<String, String> cells = new LinkedHashMap<>();
        rows.add(cells);
        return new Row(cells);
    }

    /** A typical well row: unit {@code unitId} named {@code unitName}, well {@code wellId} active since 2025. */
    public Row well(String unitId, String unitName, String wellId) {
        return row().set(RegisterLayout.UNIT_ID, unitId).set(RegisterLayout.UNIT_NAME, unitName).set(RegisterLayout.INDUSTRY, "洗车")
                .set(RegisterLayout.WATER_SOURCE, "地下水").set(RegisterLayout.WELL_ID, wellId).set(RegisterLayout.STATUS, "active")
                .set(RegisterLayout.STATUS_SINCE, "2025-01-01");
    }

    public String text() {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, String> cells : rows) {
            List<String> line = new ArrayList<>();
            for (String column : columns) {
                line.add(quote(cells.getOrDefault(column, "")));
            }
            sb.append(String.join(",", line)).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** The cells of one row. */
    public final class Row {
        private final Map<String, String> cells;

        private Row(Map<String, String> cells) {
            this.cells = cells;
        }

        public Row set(String column, String value) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("no column " + column + " in this file");
            }
            cells.put(column, value);
            return this;
        }

        /** A permit of {@code wan} 万m3/yr for the row's scope, valid 2020-2099. */
        public Row permit(String number, String wan) {
            return set(RegisterLayout.PERMIT_NO, number).set(RegisterLayout.PERMITTED, wan).set(RegisterLayout.PERMIT_VALID_FROM, "2020-01-01")
                    .set(RegisterLayout.PERMIT_VALID_TO, "2099-12-31");
        }

        public RegisterCsv done() {
            return RegisterCsv.this;
        }
    }
}
