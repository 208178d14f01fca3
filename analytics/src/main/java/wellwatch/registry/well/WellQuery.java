package wellwatch.registry.well;

import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;

/** Filters of {@code GET /api/registry/wells}; null means "any". */
public record WellQuery(
        String unitId,
        WellStatus status,
        WaterSource waterSource,
        Boolean inNetworkCoverage,
        String district,
        String township,
        int limit,
        int offset) {}
