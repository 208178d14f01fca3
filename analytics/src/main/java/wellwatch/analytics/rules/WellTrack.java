package wellwatch.analytics.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * What the detector remembers about one well between readings: the last counters and times, the running
 * state of the windowed rules, and the year-to-date volume. Fixed size (a few dozen primitives, about 200
 * bytes), whatever the well's history: no lists grow here.
 *
 * <p>Disposable by design: a track can be dropped (the well's partition moved to another instance, or the
 * well went quiet) and rebuilt from the next readings. What a fresh track lacks until then is the baseline
 * for deltas (the first reading only sets it), the windows in progress, and the year-to-date volume, which
 * the wiring can restore with {@link Detector#restore} and {@link Detector#restoreYearToDate}.
 *
 * <p>Not thread-safe on its own: the detector locks the track around each use.
 */
public final class WellTrack {

    static final long NONE = Long.MIN_VALUE;

    private final String wellId;

    /** The registry record seen with the last reading ({@code null}: not registered). */
    Well well;

    long lastTs = NONE;
    long lastSeq;
    int lastDevice;

    double volume = Double.NaN;
    long volumeTs = NONE;
    int volumeDevice;

    double energy = Double.NaN;
    long energyTs = NONE;
    int energyDevice;

    /** Stuck meter: start of the run of pumping intervals with a still meter, and what it accumulated. */
    long stuckSince = NONE;
    double stuckVolume;
    double stuckEnergyKwh;

    /** Water per kWh: the window in progress and the run of deviating windows. */
    long ratioWindowStart = NONE;
    double ratioEnergyKwh;
    double ratioMeteredM3;
    double ratioExpectedM3;
    int ratioDeviatingWindows;
    long ratioDeviatingSince = NONE;

    /** Year to date: the calendar year held, its bounds, the volume, and the shares last reported. */
    int year;
    long yearStart = NONE;
    long yearEnd = NONE;
    double ytdM3;
    double planReported = -1;
    double permitReported = -1;

    /** Offline: whether the current silence was reported already. */
    boolean offlineReported;

    WellTrack(String wellId) {
        this.wellId = wellId;
    }

    public String wellId() {
        return wellId;
    }

    /** Time of the last reading taken into account, or {@code null} before the first. */
    public Instant lastSeen() {
        return lastTs == NONE ? null : Instant.ofEpochMilli(lastTs);
    }

    /** The calendar year the year-to-date volume is for (0 before any). */
    public int year() {
        return year;
    }

    /** Year-to-date abstraction, m3, for {@link #year()}. */
    public double yearToDateM3() {
        return ytdM3;
    }

    /** Whether the reading is no later than the last one taken into account: a replay, duplicate or clock going back. */
    boolean isStale(Reading r) {
        return lastTs != NONE && r.ts().toEpochMilli() <= lastTs;
    }

    /**
     * Volume change since the last reading of the same device that carried volume, m3; NaN when there is no
     * such baseline, the reading has no volume or is stale.
     */
    double volumeDelta(Reading r) {
        Double v = r.volumeM3();
        if (v == null || volumeTs == NONE || isStale(r) || volumeDevice != r.deviceId().hashCode()) {
            return Double.NaN;
        }
        return v - volume;
    }

    /** Energy change since the last reading of the same device that carried energy, kWh; NaN as for volume. */
    double energyDelta(Reading r) {
        Double e = r.energyKwh();
        if (e == null || energyTs == NONE || isStale(r) || energyDevice != r.deviceId().hashCode()) {
            return Double.NaN;
        }
        return e - energy;
    }

    /** Takes the reading as the new baseline. Stale readings change nothing but the registry record. */
    void commit(Well well, Reading r) {
        this.well = well;
        if (isStale(r)) {
            return;
        }
        long ts = r.ts().toEpochMilli();
        int device = r.deviceId().hashCode();
        lastTs = ts;
        lastSeq = r.seq();
        lastDevice = device;
        if (r.volumeM3() != null) {
            volume = r.volumeM3();
            volumeTs = ts;
            volumeDevice = device;
        }
        if (r.energyKwh() != null) {
            energy = r.energyKwh();
            energyTs = ts;
            energyDevice = device;
        }
        offlineReported = false;
    }

    void resetStuck() {
        stuckSince = NONE;
        stuckVolume = 0;
        stuckEnergyKwh = 0;
    }

    void resetRatioWindow() {
        ratioWindowStart = NONE;
        ratioEnergyKwh = 0;
        ratioMeteredM3 = 0;
        ratioExpectedM3 = 0;
    }

    void resetRatio() {
        resetRatioWindow();
        ratioDeviatingWindows = 0;
        ratioDeviatingSince = NONE;
    }

    /**
     * Makes the year-to-date counter hold the calendar year that contains {@code ts}, starting a new year at
     * 0. Returns false when {@code ts} lies in a year before the one held (nothing to add then).
     */
    boolean holdYearOf(long ts, ZoneId zone) {
        if (yearStart != NONE && ts >= yearStart && ts < yearEnd) {
            return true;
        }
        if (yearStart != NONE && ts < yearStart) {
            return false;
        }
        setYear(Instant.ofEpochMilli(ts).atZone(zone).getYear(), zone);
        ytdM3 = 0;
        return true;
    }

    void setYear(int y, ZoneId zone) {
        year = y;
        yearStart = LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
        yearEnd = LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
        planReported = -1;
        permitReported = -1;
    }
}
