package wellwatch.registry.metering;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A power meter lookup: the meter, its well, and the well's unit and status. */
@RegisterForReflection
public record PowerMeterView(String meterNo, String wellId, String unitId, String unitName, String wellStatus) {}
