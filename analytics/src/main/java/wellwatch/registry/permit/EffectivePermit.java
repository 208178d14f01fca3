package wellwatch.registry.permit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/**
 * The permit that applies to a well today, as the detections use it (see {@code PermitChoice}), and why.
 *
 * @param scope {@code well} when issued for the well, {@code unit} when it is its unit's unit-wide permit
 * @param validity on today's local date: {@code valid}, {@code expired} or {@code not_yet_valid}
 */
@RegisterForReflection
public record EffectivePermit(
        String number, String scope, double annualVolumeM3, String use, LocalDate validFrom, LocalDate validTo, String validity) {}
