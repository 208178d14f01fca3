package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.analytics.conversion.Calibration;
import wellwatch.analytics.conversion.CalibrationSettings;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Well;

/**
 * Coefficient drift: a usable calibration (enough samples, small spread) whose fitted coefficient departs from
 * the one registered for the end of its window by more than the tolerance. The water table and pump wear move
 * a well's water per kWh over time; past the tolerance, electricity-based figures for the well are off by as
 * much, and the coefficient should be re-measured or replaced by the fit. Run after each calibration.
 */
public final class CoefficientDriftRule {

    private final CalibrationSettings settings;
    private final String rule;

    public CoefficientDriftRule(CalibrationSettings settings) {
        this.settings = settings;
        this.rule = "coefficient-drift: fitted coefficient departs from the registered one by > " + Evidence.percent(settings.driftTolerance())
                + " (fit from >= " + settings.minSamples() + " intervals, spread <= " + Evidence.percent(settings.maxRelativeSpread()) + ")";
    }

    public Optional<Finding> check(Well well, Calibration fit) {
        if (!fit.usable() || fit.windowTo() == null) {
            return Optional.empty();
        }
        ConversionCoefficient registered = well.coefficients().at(fit.windowTo());
        if (registered == null) {
            return Optional.empty();
        }
        Calibration.Drift drift = fit.driftFrom(registered, settings.driftTolerance());
        if (!drift.beyondTolerance()) {
            return Optional.empty();
        }
        Evidence evidence = Evidence.of()
                .put("registeredM3PerKwh", registered.m3PerKwh(), 4)
                .put("registeredSource", registered.source().code())
                .put("registeredFrom", registered.effectiveFrom())
                .put("fittedM3PerKwh", fit.m3PerKwh(), 4)
                .put("change", Evidence.percent(drift.relativeChange()))
                .put("tolerance", Evidence.percent(settings.driftTolerance()))
                .put("windowFrom", fit.windowFrom())
                .put("windowTo", fit.windowTo())
                .put("samples", fit.samples())
                .put("outliers", fit.outliers())
                .put("ignored", fit.ignored())
                .put("relativeSpread", Evidence.percent(fit.relativeSpread()));
        return Optional.of(new Finding(AlertType.COEFFICIENT_DRIFT, well.id(), fit.windowTo(), rule,
                "Well " + well.id() + ": the flow meter implies " + Evidence.format(fit.m3PerKwh(), 3) + " m3/kWh, "
                        + Evidence.percent(Math.abs(drift.relativeChange())) + (drift.relativeChange() < 0 ? " below" : " above")
                        + " the registered " + Evidence.format(registered.m3PerKwh(), 3) + " m3/kWh (" + fit.samples() + " intervals)",
                evidence.map()));
    }
}
