package wellwatch.analytics.rules;

import java.time.Instant;
import java.time.zone.ZoneRules;
import wellwatch.analytics.alert.Evidence;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/** Small allocation-free helpers the rules share. */
final class Signals {

    private Signals() {}

    /**
     * Whether the reading shows the well abstracting: pump on, power or flow above the thresholds, or a
     * cumulative counter that rose beyond its noise over an interval that started at or after
     * {@code sinceMillis} (use {@link WellTrack#NONE} for any interval).
     */
    static boolean abstracting(Reading r, WellTrack t, DetectionSettings.Activity a, long sinceMillis) {
        if (r.showsAbstraction(a.minPowerKw(), a.minFlowM3h())) {
            return true;
        }
        if (t.volumeTs >= sinceMillis && t.volumeDelta(r) > a.volumeNoiseM3()) {
            return true;
        }
        return t.energyTs >= sinceMillis && t.energyDelta(r) > a.energyNoiseKwh();
    }

    /** The signals of abstraction, for evidence. */
    static Evidence describeActivity(Evidence e, Reading r, WellTrack t) {
        return e.put("pumpOn", r.pumpOn())
                .put("powerKw", r.powerKw())
                .put("flowM3h", r.flowM3h())
                .put("volumeDeltaM3", t.volumeDelta(r))
                .put("energyDeltaKwh", t.energyDelta(r));
    }

    /** The reading's identity, for evidence. */
    static Evidence reading(Reading r) {
        return Evidence.of()
                .put("deviceId", r.deviceId())
                .put("seq", r.seq())
                .put("readingTs", r.ts());
    }

    /** The pump's rated capacity, or the configured ceiling when the well's is not registered. */
    static double capacityM3h(Well well, DetectionSettings.Capacity c) {
        return well != null && well.ratedCapacityM3h() != null ? well.ratedCapacityM3h() : c.unratedCapacityM3h();
    }

    /** Days since 1970-01-01 of the local date of {@code at} under {@code rules}; allocation-free for zones without DST. */
    static long localEpochDay(Instant at, ZoneRules rules) {
        return Math.floorDiv(at.getEpochSecond() + rules.getOffset(at).getTotalSeconds(), 86_400L);
    }
}
