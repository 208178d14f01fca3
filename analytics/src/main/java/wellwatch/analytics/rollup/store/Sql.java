package wellwatch.analytics.rollup.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * JDBC helpers of the rollup stores. Instants travel as {@code timestamptz} ({@link OffsetDateTime} in UTC),
 * arrays of instants as ISO-8601 text cast in SQL ({@code ?::text[]::timestamptz[]}), so neither depends on
 * the JVM's or the session's time zone.
 */
public final class Sql {

    private Sql() {}

    public static OffsetDateTime at(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** A double for a column that holds no NaN or infinity: those become NULL (JSON has no such numbers). */
    public static void setFinite(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, java.sql.Types.DOUBLE);
        }
    }

    public static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }

    /** Instants as a text array; cast it with {@code ::text[]::timestamptz[]}. */
    public static Array instants(Connection c, List<Instant> values) throws SQLException {
        String[] text = new String[values.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = values.get(i).toString();
        }
        return c.createArrayOf("text", text);
    }

    public static Array doubles(Connection c, double[] values) throws SQLException {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return c.createArrayOf("float8", boxed);
    }

    public static Array ints(Connection c, int[] values) throws SQLException {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return c.createArrayOf("int4", boxed);
    }

    /** Whether a table or view exists (e.g. ingest's readings, when analytics runs against a database without them). */
    public static boolean exists(Connection c, String qualifiedName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualifiedName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The database's clock: the one {@code stored_at} and {@code updated_at} come from. */
    public static Instant now(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT now()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return instant(rs, 1);
        }
    }
}
