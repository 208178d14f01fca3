package wellwatch.registry.directory;

import java.time.Instant;
import wellwatch.registry.WellStatus;

/** One well as the directory reads it: its own columns with its flow meter and power meter joined. */
public record WellRow(
        String id,
        String unitId,
        WellStatus status,
        Instant statusSince,
        Double pipeDiameterCm,
        Boolean inNetworkCoverage,
        Double ratedCapacityM3h,
        Integer reportingIntervalS,
        String flowMeterId,
        Boolean flowMeterQualified,
        Boolean flowMeterWorking,
        String powerMeterNo) {}
