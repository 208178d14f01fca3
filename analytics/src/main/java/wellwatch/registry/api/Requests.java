package wellwatch.registry.api;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.function.Supplier;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;

/** Small checks shared by the registry resources: paging, query parameters, path ids, the actor. */
public final class Requests {

    public static final int MAX_LIMIT = 1000;

    private Requests() {}

    public static void paging(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RegistryException.badRequest("limit", "limit must be 1-" + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw RegistryException.badRequest("offset", "offset must be 0 or more, got " + offset);
        }
    }

    /** A path or query id, refused with 400 naming {@code field} when malformed. */
    public static String id(String field, String value) {
        try {
            return Text.id(field, value);
        } catch (FieldException e) {
            throw RegistryException.badRequest(field, e.getMessage());
        }
    }

    public static WellStatus status(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return WellStatus.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw RegistryException.badRequest(field, field + ": " + e.getMessage());
        }
    }

    public static WaterSource waterSource(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return WaterSource.of(field, value);
        } catch (FieldException e) {
            throw RegistryException.badRequest(field, e.getMessage());
        }
    }

    public static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw RegistryException.badRequest(field, field + " must be true or false, got '" + value + "'");
        };
    }

    /** A calendar year in a path. */
    public static int year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw RegistryException.badRequest("year", "year must be a calendar year 2000-2100, got '" + value + "'");
    }

    /** Who is making the change, for the audit trail. */
    public static String actor(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Builds a registry record, turning its own checks into a 400 naming the field. */
    public static <T> T fields(Supplier<T> build) {
        try {
            return build.get();
        } catch (FieldException e) {
            throw RegistryException.badRequest(e.field(), e.getMessage());
        }
    }
}
