package wellwatch.registry.directory;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Permit;
import wellwatch.registry.WellStatus;
import wellwatch.registry.db.Jdbc;
import wellwatch.registry.metering.CoefficientRecord;

/**
 * Reads the registry for the detections in five queries, whatever the number of wells (permits, this year's
 * plans, coefficients, units, then wells with their flow meter and power meter joined), in one repeatable-read
 * transaction so they agree with each other. Results are streamed (cursor fetch) and wells become
 * {@link wellwatch.registry.Well} records as they are read, so memory holds the snapshot being built, not a
 * copy of every result set.
 */
@Singleton
public class RegistryLoader {

    static final int FETCH_SIZE = 5_000;

    private static final String WELLS = """
            SELECT w.well_id, w.unit_id, w.status, w.status_since, w.pipe_diameter_cm, w.in_network_coverage, w.rated_capacity_m3h,
                   w.reporting_interval_s, d.device_id, d.qualified, d.working, pm.meter_no
              FROM registry.well w
              LEFT JOIN registry.device d ON d.well_id = w.well_id AND d.kind = 'flow_meter'
              LEFT JOIN registry.power_meter pm ON pm.well_id = w.well_id""";
    private static final String PERMITS = "SELECT permit_no, unit_id, well_id, annual_volume_m3, permitted_use, valid_from, valid_to FROM registry.permit";
    private static final String PLANS = "SELECT unit_id, well_id, planned_m3 FROM registry.plan WHERE year = ?";
    private static final String COEFFICIENTS = "SELECT well_id, m3_per_kwh, effective_from, effective_to, source FROM registry.coefficient";
    private static final String UNITS = "SELECT unit_id FROM registry.unit";

    private final AgroalDataSource dataSource;

    public RegistryLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every well and unit; {@code expectedWells} sizes the map (e.g. the size of the last load). */
    public Snapshot loadAll(LocalDate today, int expectedWells) throws SQLException {
        return load(today, null, null, expectedWells);
    }

    /** The given wells, and their units. */
    public Snapshot loadWells(Collection<String> wellIds, LocalDate today) throws SQLException {
        return load(today, wellIds, null, wellIds.size());
    }

    /** The wells of one unit, and the unit. */
    public Snapshot loadUnit(String unitId, LocalDate today) throws SQLException {
        return load(today, null, unitId, 16);
    }

    private Snapshot load(LocalDate today, Collection<String> wellIds, String unitId, int expectedWells) throws SQLException {
        boolean all = wellIds == null && unitId == null;
        SnapshotAssembly assembly = new SnapshotAssembly(today, expectedWells);
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                // A scoped load reads its few wells first: their ids and units scope the other queries.
                List<WellRow> scopedWells = new ArrayList<>();
                Set<String> wells = new LinkedHashSet<>();
                Set<String> units = new LinkedHashSet<>();
                if (unitId != null) {
                    units.add(unitId);
                }
                if (!all) {
                    try (PreparedStatement ps = c.prepareStatement(WELLS + (wellIds != null ? " WHERE w.well_id = ANY(?)" : " WHERE w.unit_id = ?"))) {
                        if (wellIds != null) {
                            ps.setArray(1, c.createArrayOf("text", wellIds.toArray()));
                        } else {
                            ps.setString(1, unitId);
                        }
                        readWells(ps, row -> {
                            scopedWells.add(row);
                            wells.add(row.id());
                            if (row.unitId() != null) {
                                units.add(row.unitId());
                            }
                        });
                    }
                    if (wells.isEmpty() && units.isEmpty()) {
                        return assembly.build();
                    }
                }
                Object[] wellArray = wells.toArray();
                Object[] unitArray = units.toArray();
                try (PreparedStatement ps = c.prepareStatement(PERMITS + (all ? "" : " WHERE well_id = ANY(?) OR (well_id IS NULL AND unit_id = ANY(?))"))) {
                    bindScope(c, ps, 1, all, wellArray, unitArray);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            assembly.permit(rs.getString("unit_id"), rs.getString("well_id"), new Permit(rs.getString("permit_no"),
                                    rs.getDouble("annual_volume_m3"), Jdbc.getDate(rs, "valid_from"), Jdbc.getDate(rs, "valid_to"), rs.getString("permitted_use")));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(PLANS + (all ? "" : " AND (well_id = ANY(?) OR unit_id = ANY(?))"))) {
                    ps.setInt(1, assembly.year());
                    bindScope(c, ps, 2, all, wellArray, unitArray);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            assembly.plan(rs.getString(1), rs.getString(2), rs.getDouble(3));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(COEFFICIENTS + (all ? "" : " WHERE well_id = ANY(?)"))) {
                    if (!all) {
                        ps.setArray(1, c.createArrayOf("text", wellArray));
                    }
                    ps.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            assembly.coefficient(rs.getString(1), new ConversionCoefficient(rs.getDouble(2), Jdbc.getInstant(rs, "effective_from"),
                                    Jdbc.getInstant(rs, "effective_to"), CoefficientRecord.source("source", rs.getString(5))));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(UNITS + (all ? "" : " WHERE unit_id = ANY(?)"))) {
                    if (!all) {
                        ps.setArray(1, c.createArrayOf("text", unitArray));
                    }
                    ps.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            assembly.unit(rs.getString(1));
                        }
                    }
                }
                if (all) {
                    try (PreparedStatement ps = c.prepareStatement(WELLS)) {
                        readWells(ps, assembly::well);
                    }
                } else {
                    scopedWells.forEach(assembly::well);
                }
                return assembly.build();
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        }
    }

    private static void readWells(PreparedStatement ps, Consumer<WellRow> sink) throws SQLException {
        ps.setFetchSize(FETCH_SIZE);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new WellRow(rs.getString(1), rs.getString(2), WellStatus.ofCode(rs.getString(3)), Jdbc.getInstant(rs, "status_since"),
                        Jdbc.getDouble(rs, "pipe_diameter_cm"), Jdbc.getBool(rs, "in_network_coverage"), Jdbc.getDouble(rs, "rated_capacity_m3h"),
                        Jdbc.getInt(rs, "reporting_interval_s"), rs.getString("device_id"), Jdbc.getBool(rs, "qualified"), Jdbc.getBool(rs, "working"),
                        rs.getString("meter_no")));
            }
        }
    }

    private static void bindScope(Connection c, PreparedStatement ps, int first, boolean all, Object[] wells, Object[] units) throws SQLException {
        ps.setFetchSize(FETCH_SIZE);
        if (!all) {
            ps.setArray(first, c.createArrayOf("text", wells));
            ps.setArray(first + 1, c.createArrayOf("text", units));
        }
    }
}
