package wellwatch.contract.reading;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One reading from the metering device or RTU of a well. The wire form is documented in
 * docs/topics/telemetry.md. Sensor fields are {@code null} where the device has no such sensor.
 *
 * @param wellId well (intake) id, e.g. {@code W000123}
 * @param deviceId id of the device that measured, e.g. {@code RTU-W000123}
 * @param seq the device's own sequence number, increasing per device; with wellId, deviceId and ts it
 *     identifies the reading, so a redelivered reading is stored once
 * @param ts time of measurement, UTC
 * @param volumeM3 cumulative volume through the flow meter, m3 (only grows, barring a meter swap)
 * @param flowM3h instantaneous flow, m3/h
 * @param levelM water level below ground, m
 * @param pumpOn whether the pump is running
 * @param powerKw active power drawn by the pump, kW
 * @param energyKwh cumulative energy drawn by the pump, kWh
 * @param alarms alarm flags raised at this reading (empty when none)
 */
public record Reading(
        String wellId,
        String deviceId,
        long seq,
        Instant ts,
        Double volumeM3,
        Double flowM3h,
        Double levelM,
        Boolean pumpOn,
        Double powerKw,
        Double energyKwh,
        Set<Alarm> alarms) {

    public Reading {
        Objects.requireNonNull(wellId, "wellId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(ts, "ts");
        // EnumSet: alarms iterate in declaration order, so encodings of equal readings are equal bytes.
        alarms = alarms == null || alarms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(alarms));
    }

    /** Whether the reading shows water being taken or the pump drawing power. */
    public boolean showsAbstraction(double minPowerKw, double minFlowM3h) {
        return Boolean.TRUE.equals(pumpOn)
                || (powerKw != null && powerKw > minPowerKw)
                || (flowM3h != null && flowM3h > minFlowM3h);
    }
}
