package wellwatch.registry.csv;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.db.Tx;

/**
 * Imports a registry CSV (see {@link RegisterLayout}). Each row is applied in its own transaction: a refused
 * row is reported with its line and reason and rolled back, the good ones stay. A blank cell keeps what is
 * registered, so importing the same file twice leaves the same state, and the second time changes nothing
 * (and writes nothing to the audit trail). Every change is audited under the importing user.
 */
@Singleton
public class RegistryImport {

    private final AgroalDataSource dataSource;
    private final RowWriter writer;
    private final ZoneId zone;

    public RegistryImport(AgroalDataSource dataSource, RowWriter writer,
            @ConfigProperty(name = "wellwatch.detection.zone", defaultValue = WellDirectory.DEFAULT_ZONE) ZoneId zone) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.zone = zone;
    }

    public ImportResult importFile(Path csv, String actor) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return importCsv(reader, actor);
        }
    }

    /**
     * Imports the CSV from {@code reader}.
     *
     * @throws RegistryException 400 when the file is empty or its header is not a registry layout
     */
    public ImportResult importCsv(Reader reader, String actor) throws IOException, SQLException {
        CsvReader csv = new CsvReader(reader instanceof BufferedReader ? reader : new BufferedReader(reader));
        CsvReader.Record header = csv.next();
        if (header == null) {
            throw RegistryException.badRequest("header", "the file is empty: line 1 must be the header");
        }
        if (header.error() != null) {
            throw RegistryException.badRequest("header", "line 1: " + header.error());
        }
        RegisterLayout layout;
        try {
            layout = RegisterLayout.of(header.cells());
        } catch (IllegalArgumentException e) {
            throw RegistryException.badRequest("header", "line 1: " + e.getMessage());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RowParser parser = new RowParser(layout, LocalDate.now(zone).getYear(), zone);
        FileConsistency consistency = new FileConsistency();
        List<ImportProblem> problems = new ArrayList<>();
        int applied = 0;
        int changed = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                    if (record.blank()) {
                        continue;
                    }
                    if (record.error() != null) {
                        problems.add(new ImportProblem(record.line(), record.error()));
                        continue;
                    }
                    try {
                        RegisterRow row = parser.parse(record.line(), record.cells());
                        String contradiction = consistency.check(row);
                        if (contradiction != null) {
                            throw RegistryException.conflict(null, contradiction);
                        }
                        boolean rowChanged = writer.apply(c, row, actor, now);
                        c.commit();
                        consistency.accept(row);
                        applied++;
                        changed += rowChanged ? 1 : 0;
                    } catch (RegistryException | IllegalArgumentException e) {
                        c.rollback();
                        problems.add(new ImportProblem(record.line(), e.getMessage()));
                    } catch (SQLException e) {
                        c.rollback();
                        try {
                            throw Tx.translate(e);
                        } catch (RegistryException refused) {
                            problems.add(new ImportProblem(record.line(), refused.getMessage()));
                        }
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(applied, changed, problems);
    }
}
