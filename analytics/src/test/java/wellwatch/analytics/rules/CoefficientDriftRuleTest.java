package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.conversion.Calibration;
import wellwatch.analytics.conversion.CalibrationSettings;
import wellwatch.registry.CoefficientHistory;

class CoefficientDriftRuleTest {

    private static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");
    private final CoefficientDriftRule rule = new CoefficientDriftRule(CalibrationSettings.defaults());

    private static Calibration fit(Calibration.Status status, double m3PerKwh) {
        return new Calibration(status, m3PerKwh, FROM, TO, 200, 50, 3, m3PerKwh, 0.05, 0.02);
    }

    @Test
    void aFitFarFromTheRegisteredCoefficientIsDrift() {
        // registered 4.0 m3/kWh; the meter implies 3.2 (-20%)
        var found = rule.check(Wells.active(), fit(Calibration.Status.OK, 3.2));

        assertEquals(AlertType.COEFFICIENT_DRIFT, found.get().type());
        assertEquals("-20%", found.get().evidence().get("change"));
        assertEquals(TO, found.get().at());
    }

    @Test
    void aFitWithinToleranceAnUnusableFitOrNoRegisteredCoefficientIsNotDrift() {
        assertTrue(rule.check(Wells.active(), fit(Calibration.Status.OK, 4.4)).isEmpty());
        assertTrue(rule.check(Wells.active(), fit(Calibration.Status.TOO_SCATTERED, 2.0)).isEmpty());
        assertTrue(rule.check(Wells.activeBuilder().coefficients(CoefficientHistory.empty()).build(), fit(Calibration.Status.OK, 2.0)).isEmpty());
    }
}
