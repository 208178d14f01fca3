package wellwatch.analytics.enforcement.api;

import wellwatch.analytics.api.ApiException;

/** Limits of the list endpoints of leads and cases. */
final class Paging {

    static final int MAX_LIMIT = 1000;

    private Paging() {}

    static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw ApiException.badRequest("limit", "limit must be 1-" + MAX_LIMIT + " and offset >= 0");
        }
    }

    static void checkYear(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw ApiException.badRequest("year", "year must be between 2000 and 2100, got " + year);
        }
    }
}
