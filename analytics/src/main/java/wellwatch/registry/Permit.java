package wellwatch.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A water abstraction permit (取水许可证).
 *
 * @param number permit number as printed on the certificate
 * @param annualVolumeM3 permitted volume per calendar year, m3 (the ledgers use 万m3: 1 万m3 = 10,000 m3)
 * @param validFrom first day the permit is valid, local date; {@code null} when the registry does not know
 * @param validTo last day the permit is valid (inclusive), local date; {@code null} when open-ended
 * @param use permitted use (e.g. {@code irrigation}, {@code industry}); {@code null} when not recorded
 */
public record Permit(String number, double annualVolumeM3, LocalDate validFrom, LocalDate validTo, String use) {

    /** Whether a permit is usable on a given day, and if not, why. */
    public enum Validity {
        VALID("valid"),
        NOT_YET_VALID("not_yet_valid"),
        EXPIRED("expired");

        private final String code;

        Validity(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Permit {
        Objects.requireNonNull(number, "number");
        if (!(annualVolumeM3 >= 0) || Double.isInfinite(annualVolumeM3)) {
            throw new IllegalArgumentException("annualVolumeM3 must be a finite value >= 0, got " + annualVolumeM3);
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("permit " + number + " ends (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    public Validity validityOn(LocalDate day) {
        if (validFrom != null && day.isBefore(validFrom)) {
            return Validity.NOT_YET_VALID;
        }
        if (validTo != null && day.isAfter(validTo)) {
            return Validity.EXPIRED;
        }
        return Validity.VALID;
    }
}
