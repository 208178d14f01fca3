package wellwatch.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Objects;

/**
 * An electricity-to-water coefficient (以电折水系数) of one well, valid over a period.
 *
 * @param m3PerKwh water lifted per kWh the pump draws, m3/kWh
 * @param effectiveFrom first instant it applies (inclusive)
 * @param effectiveTo first instant it no longer applies (exclusive); {@code null} while it is current
 * @param source how it was obtained
 */
public record ConversionCoefficient(double m3PerKwh, Instant effectiveFrom, Instant effectiveTo, Source source) {

    /** How a coefficient was obtained. */
    @RegisterForReflection
    public enum Source {
        /** Measured in a pump test (率定) on site. */
        PUMP_TEST("pump_test"),
        /** Fitted by WellWatch from a co-located flow meter (see {@code Calibrator}). */
        FITTED("fitted"),
        /** A regional default for the pump and depth class; not specific to the well. */
        DEFAULT("default");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public ConversionCoefficient {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
        if (!(m3PerKwh > 0) || Double.isInfinite(m3PerKwh)) {
            throw new IllegalArgumentException("m3PerKwh must be a finite value > 0, got " + m3PerKwh);
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo " + effectiveTo + " must be after effectiveFrom " + effectiveFrom);
        }
    }

    /** Whether the coefficient applies at {@code epochMilli}. */
    public boolean appliesAt(long epochMilli) {
        return epochMilli >= effectiveFrom.toEpochMilli() && (effectiveTo == null || epochMilli < effectiveTo.toEpochMilli());
    }
}
