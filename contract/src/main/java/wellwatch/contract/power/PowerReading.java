package wellwatch.contract.power;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Electricity a well's pump drew over one interval, as the power utility measured it at the pump's meter
 * (井电双控). The wire form is documented in docs/topics/power-readings.md.
 *
 * <p>The model is the <b>interval</b>, not the cumulative register: the utility's data is energy per 15 min,
 * hour or day, and an interval stands on its own (no previous reading is needed to use it, a gap or a resent
 * file changes nothing else). Its energy is taken as drawn evenly from {@code intervalStart} to
 * {@code intervalEnd}, as analytics' electricity-to-water conversion does; back-to-back intervals share only
 * their boundary instant and do not overlap. Its identity is
 * {@code (meterNo, intervalStart, intervalEnd)}: the same interval uploaded again is the same reading.
 *
 * @param meterNo the utility's meter number (电表号 / 户号), e.g. {@code 3301000012345}
 * @param wellId the well the registry ties the meter to at upload time; {@code null} when the meter is not
 *     (yet) in the registry
 * @param intervalStart start of the interval
 * @param intervalEnd end of the interval, after its start
 * @param kwh active energy drawn in the interval, kWh
 * @param kw maximum demand (peak active power) in the interval as the utility reports it, kW; {@code null}
 *     when not reported. Informational: no rule derives energy from it
 * @param batch the upload this reading came in: the utility's batch reference or one ingest generated
 */
public record PowerReading(
        String meterNo,
        String wellId,
        Instant intervalStart,
        Instant intervalEnd,
        double kwh,
        Double kw,
        String batch) {

    public PowerReading {
        Objects.requireNonNull(meterNo, "meterNo");
        Objects.requireNonNull(intervalStart, "intervalStart");
        Objects.requireNonNull(intervalEnd, "intervalEnd");
    }

    /** Length of the interval. */
    public Duration interval() {
        return Duration.between(intervalStart, intervalEnd);
    }

    /** The same reading tied to a well (or to none) and labelled with a batch. */
    public PowerReading resolved(String wellId, String batch) {
        return new PowerReading(meterNo, wellId, intervalStart, intervalEnd, kwh, kw, batch);
    }

    /** Whether both describe the same interval of the same meter (the reading's identity). */
    public boolean sameInterval(PowerReading other) {
        return meterNo.equals(other.meterNo) && intervalStart.equals(other.intervalStart) && intervalEnd.equals(other.intervalEnd);
    }

    /** Whether the measured values are equal (energy and demand), whatever well or batch is attached. */
    public boolean sameValues(PowerReading other) {
        return Double.compare(kwh, other.kwh) == 0 && Objects.equals(kw, other.kw);
    }

    /** Whether the two intervals share some time (back-to-back intervals do not). */
    public boolean overlaps(PowerReading other) {
        return intervalStart.isBefore(other.intervalEnd) && other.intervalStart.isBefore(intervalEnd);
    }
}
