package wellwatch.registry.metering;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.api.FieldException;

/**
 * An electricity-to-water coefficient period of a well, as registered.
 *
 * @param id registry id of the period ({@code 0} before it is stored)
 * @param wellId the well
 * @param m3PerKwh m3 of water per kWh
 * @param effectiveFrom first instant it applies
 * @param effectiveTo first instant it no longer applies, or {@code null} while current
 * @param source pump test, fitted or default
 */
@RegisterForReflection
public record CoefficientRecord(long id, String wellId, Double m3PerKwh, Instant effectiveFrom, Instant effectiveTo, ConversionCoefficient.Source source) {

    public CoefficientRecord {
        FieldException.required("wellId", wellId);
        FieldException.positive("m3PerKwh", FieldException.required("m3PerKwh", m3PerKwh));
        FieldException.required("effectiveFrom", effectiveFrom);
        FieldException.required("source", source);
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new FieldException("effectiveTo", "effectiveTo (" + effectiveTo + ") must be after effectiveFrom (" + effectiveFrom + ")");
        }
    }

    public CoefficientRecord endingAt(Instant end) {
        return new CoefficientRecord(id, wellId, m3PerKwh, effectiveFrom, end, source);
    }

    public CoefficientRecord withId(long newId) {
        return new CoefficientRecord(newId, wellId, m3PerKwh, effectiveFrom, effectiveTo, source);
    }

    /** Whether [from, to) overlaps this period. */
    public boolean overlaps(Instant from, Instant to) {
        boolean startsBeforeOtherEnds = to == null || effectiveFrom.isBefore(to);
        boolean endsAfterOtherStarts = effectiveTo == null || effectiveTo.isAfter(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public ConversionCoefficient toCoefficient() {
        return new ConversionCoefficient(m3PerKwh, effectiveFrom, effectiveTo, source);
    }

    /** A source by its code: pump_test, fitted, default. */
    public static ConversionCoefficient.Source source(String field, String code) {
        for (ConversionCoefficient.Source s : ConversionCoefficient.Source.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new FieldException(field, field + " must be pump_test, fitted or default, got '" + code + "'");
    }
}
