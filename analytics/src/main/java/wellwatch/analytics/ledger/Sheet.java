package wellwatch.analytics.ledger;

import java.util.List;

/**
 * A ledger table: a name (the XLSX sheet name and file name), a header row and data rows, each row as wide
 * as the header.
 */
public record Sheet(String name, List<String> headers, List<List<Cell>> rows) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("sheet " + name + ": a row has " + row.size() + " cells for " + headers.size() + " columns");
            }
        }
    }
}
