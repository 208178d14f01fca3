package wellwatch.analytics.rules;

import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.analytics.conversion.ElectricityToWater;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Well;

/**
 * Metered water per kWh departing from the well's coefficient (井电双控 cross-check): over consecutive windows
 * of pumping, the flow meter's water is compared with what the energy implies (energy x the coefficient valid
 * at the time). A window closes once it spans the configured time and holds the minimum pumping energy;
 * idle intervals are left out. A window deviates when metered / expected - 1 is beyond the tolerance either
 * way; the configured number of deviating windows in a row raises a finding, and every further deviating
 * window repeats it. A window within tolerance ends the run.
 *
 * <p>Too little water per kWh points to a meter slowed down (magnet), partly bypassed or clogged; too much to a
 * wrong coefficient, a changed pump, or a falling water table. Needs both counters in the same readings.
 */
public final class WaterPerKwhRule implements ReadingRule {

    private final DetectionSettings.WaterPerKwh settings;
    private final DetectionSettings.Activity activity;
    private final DetectionSettings.Counters counters;
    private final long windowMillis;
    private final String rule;

    public WaterPerKwhRule(DetectionSettings.WaterPerKwh settings, DetectionSettings.Activity activity, DetectionSettings.Counters counters) {
        this.settings = settings;
        this.activity = activity;
        this.counters = counters;
        this.windowMillis = settings.window().toMillis();
        this.rule = "water-per-kwh: metered water departs from energy x coefficient by > " + Evidence.percent(settings.tolerance())
                + " in " + settings.sustainedWindows() + " consecutive windows of >= " + settings.window() + " and >= "
                + settings.minEnergyKwh() + " kWh" + (settings.checkDefaultCoefficients() ? "" : " (default coefficients not checked)");
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        if (well == null) {
            return Optional.empty();
        }
        double dv = track.volumeDelta(reading);
        double de = track.energyDelta(reading);
        if (Double.isNaN(dv) || Double.isNaN(de) || track.energyTs != track.volumeTs) {
            return Optional.empty(); // not a paired interval
        }
        if (dv < -counters.volumeToleranceM3() || de < -counters.energyToleranceKwh()) {
            track.resetRatio(); // a counter went back: the window cannot be trusted
            return Optional.empty();
        }
        if (!(de > activity.energyNoiseKwh())) {
            return Optional.empty(); // idle interval
        }
        long ts = reading.ts().toEpochMilli();
        long from = track.volumeTs;
        ConversionCoefficient c = well.coefficients().atMillis(ts);
        if (c == null || (c.source() == ConversionCoefficient.Source.DEFAULT && !settings.checkDefaultCoefficients())) {
            track.resetRatio();
            return Optional.empty();
        }
        if (track.ratioWindowStart == WellTrack.NONE) {
            track.ratioWindowStart = from;
        }
        track.ratioEnergyKwh += de;
        track.ratioMeteredM3 += Math.max(0, dv);
        track.ratioExpectedM3 += ElectricityToWater.waterM3(well.coefficients(), from, ts, de);
        if (ts - track.ratioWindowStart < windowMillis || track.ratioEnergyKwh < settings.minEnergyKwh() || !(track.ratioExpectedM3 > 0)) {
            return Optional.empty(); // window still open
        }
        double deviation = track.ratioMeteredM3 / track.ratioExpectedM3 - 1;
        long windowStart = track.ratioWindowStart;
        double energy = track.ratioEnergyKwh;
        double metered = track.ratioMeteredM3;
        double expected = track.ratioExpectedM3;
        track.resetRatioWindow();
        if (Math.abs(deviation) <= settings.tolerance()) {
            track.ratioDeviatingWindows = 0;
            track.ratioDeviatingSince = WellTrack.NONE;
            return Optional.empty();
        }
        if (track.ratioDeviatingWindows == 0) {
            track.ratioDeviatingSince = windowStart;
        }
        track.ratioDeviatingWindows++;
        if (track.ratioDeviatingWindows < settings.sustainedWindows()) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading)
                .put("deviatingSince", Instant.ofEpochMilli(track.ratioDeviatingSince))
                .put("deviatingWindows", track.ratioDeviatingWindows)
                .put("windowFrom", Instant.ofEpochMilli(windowStart))
                .put("windowTo", reading.ts())
                .put("windowEnergyKwh", energy)
                .put("windowMeteredM3", metered)
                .put("windowExpectedM3", expected)
                .put("meteredM3PerKwh", metered / energy, 4)
                .put("coefficientM3PerKwh", c.m3PerKwh(), 4)
                .put("coefficientSource", c.source().code())
                .put("deviation", Evidence.percent(deviation))
                .put("tolerance", Evidence.percent(settings.tolerance()));
        return Optional.of(new Finding(AlertType.WATER_PER_KWH_DEVIATION, well.id(), reading.ts(), rule,
                "Well " + well.id() + ": the flow meter shows " + Evidence.percent(Math.abs(deviation)) + (deviation < 0 ? " less" : " more")
                        + " water than the electricity implies (" + Evidence.format(metered / energy, 3) + " vs "
                        + Evidence.format(c.m3PerKwh(), 3) + " m3/kWh) for " + track.ratioDeviatingWindows + " windows in a row",
                evidence.map()));
    }
}
