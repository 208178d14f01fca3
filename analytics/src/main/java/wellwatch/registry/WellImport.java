package wellwatch.registry;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports wells from a CSV with header {@code well_id,unit_id,status,status_since}. Idempotent: a
 * re-import updates wells in place. A bad row is reported with its line number and does not stop the
 * good ones.
 */
@Singleton
public class WellImport {

    public static final String HEADER = "well_id,unit_id,status,status_since";
    private static final String UPSERT = "INSERT INTO registry.well (well_id, unit_id, status, status_since) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (well_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, status = EXCLUDED.status, "
            + "status_since = EXCLUDED.status_since, updated_at = now()";

    /** What an import did: rows applied and, per refused row, its line number and reason. */
    public record Result(int applied, List<String> problems) {}

    private final AgroalDataSource dataSource;

    public WellImport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Registers or updates one well. */
    public void save(Well well) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            bind(upsert, well);
            upsert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement upsert, Well well) throws SQLException {
        upsert.setString(1, well.id());
        upsert.setString(2, well.unitId());
        upsert.setString(3, well.status().code());
        upsert.setTimestamp(4, Timestamp.from(well.statusSince()));
    }

    public Result importFile(Path csv) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return importCsv(reader);
        }
    }

    public Result importCsv(BufferedReader reader) throws IOException, SQLException {
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            return new Result(0, List.of("line 1: header must be '" + HEADER + "'"));
        }
        List<String> problems = new ArrayList<>();
        int applied = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                try {
                    if (cells.length != 4 || cells[0].isBlank()) {
                        throw new IllegalArgumentException("expected 4 cells (" + HEADER + "), got " + cells.length);
                    }
                    bind(upsert, new Well(cells[0].strip(), cells[1].isBlank() ? null : cells[1].strip(),
                            WellStatus.ofCode(cells[2].strip()),
                            cells[3].isBlank() ? Instant.now() : Instant.parse(cells[3].strip())));
                    upsert.executeUpdate();
                    applied++;
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    problems.add("line " + lineNo + ": " + e.getMessage());
                }
            }
        }
        return new Result(applied, problems);
    }
}
