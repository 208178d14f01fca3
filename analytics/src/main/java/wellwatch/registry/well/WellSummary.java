package wellwatch.registry.well;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;

/** A well in a list: what identifies and locates it, without its permits, meters and history. */
@RegisterForReflection
public record WellSummary(
        String id,
        String unitId,
        String unitName,
        String district,
        String township,
        WellStatus status,
        Instant statusSince,
        WaterSource waterSource,
        Double lat,
        Double lon,
        Boolean inNetworkCoverage) {}
