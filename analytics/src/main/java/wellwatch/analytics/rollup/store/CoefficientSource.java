package wellwatch.analytics.rollup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jboss.logging.Logger;
import wellwatch.registry.CoefficientHistory;
import wellwatch.registry.ConversionCoefficient;

/**
 * Coefficient histories for the rollups, read from {@code registry.coefficient} in the rollup's own
 * transaction (not from the in-memory directory, which may be up to one reload behind: a coefficient the
 * refresh sees is then the one its change watermark covers). While the registry has no such table, every
 * well gets the configured default, if any.
 */
public final class CoefficientSource {

    private static final Logger LOG = Logger.getLogger(CoefficientSource.class);

    /** A coefficient period changed in the registry: the hours it covers must be computed again. */
    public record Change(String wellId, Instant from, Instant to) {}

    private CoefficientSource() {}

    public static boolean available(Connection c) throws SQLException {
        return Sql.exists(c, "registry.coefficient");
    }

    public static Map<String, CoefficientHistory> load(Connection c, Collection<String> wellIds, OptionalDouble defaultM3PerKwh) throws SQLException {
        Map<String, CoefficientHistory> histories = new HashMap<>();
        if (!available(c)) {
            CoefficientHistory fallback = defaultM3PerKwh.isPresent()
                    ? CoefficientHistory.of(new ConversionCoefficient(defaultM3PerKwh.getAsDouble(), Instant.EPOCH, null, ConversionCoefficient.Source.DEFAULT))
                    : CoefficientHistory.empty();
            wellIds.forEach(w -> histories.put(w, fallback));
            return histories;
        }
        Map<String, List<ConversionCoefficient>> periods = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT well_id, m3_per_kwh, effective_from, effective_to, source FROM registry.coefficient WHERE well_id = ANY(?::text[])")) {
            ps.setArray(1, Sql.texts(c, wellIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    periods.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(new ConversionCoefficient(rs.getDouble(2),
                            Sql.instant(rs, 3), Sql.instant(rs, 4), source(rs.getString(5))));
                }
            }
        }
        for (String well : wellIds) {
            try {
                histories.put(well, CoefficientHistory.of(periods.get(well)));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Well %s: coefficient history not usable (%s); its energy stays unconverted", well, e.getMessage());
                histories.put(well, CoefficientHistory.empty());
            }
        }
        return histories;
    }

    /** Coefficient periods written or closed with {@code updated_at} in {@code (after, upTo]}. */
    public static List<Change> changes(Connection c, Instant after, Instant upTo) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT well_id, effective_from, effective_to FROM registry.coefficient WHERE updated_at > ? AND updated_at <= ?")) {
            ps.setObject(1, Sql.at(after));
            ps.setObject(2, Sql.at(upTo));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getString(1), Sql.instant(rs, 2), Sql.instant(rs, 3)));
                }
            }
        }
        return changes;
    }

    private static ConversionCoefficient.Source source(String code) {
        for (ConversionCoefficient.Source s : ConversionCoefficient.Source.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return ConversionCoefficient.Source.DEFAULT;
    }
}
