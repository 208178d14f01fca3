package wellwatch.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered well (取水井), as far as detections need it. The registry holds the full record.
 *
 * @param id well id, e.g. {@code W000123}
 * @param unitId the water user (取用水单位) that owns it, or {@code null} if not yet known
 * @param status administrative status
 * @param statusSince when the status took effect
 * @param permit the well's abstraction permit, or {@code null} when it has none (or it is held by the unit:
 *     then load the unit's permit here too, so that the permit rule sees it)
 * @param plan the well's annual plan for the current year, or {@code null} when none was issued per well
 * @param pipeDiameterCm inner diameter of the well pipe, cm, or {@code null} when unknown
 * @param insidePublicNetwork whether the well lies inside the public water-supply network coverage
 *     (公共供水管网覆盖范围): a self-supplied well there must be closed
 * @param metering the registered metering facilities; never {@code null}
 * @param ratedCapacityM3h the pump's rated flow, m3/h, or {@code null} when unknown
 * @param reportingInterval how often the well's device is configured to report, or {@code null} when unknown
 * @param coefficients the electricity-to-water coefficient history; never {@code null}, may be empty
 */
public record Well(
        String id,
        String unitId,
        WellStatus status,
        Instant statusSince,
        Permit permit,
        AbstractionPlan plan,
        Double pipeDiameterCm,
        boolean insidePublicNetwork,
        Metering metering,
        Double ratedCapacityM3h,
        Duration reportingInterval,
        CoefficientHistory coefficients) {

    public Well {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        metering = metering == null ? Metering.none() : metering;
        coefficients = coefficients == null ? CoefficientHistory.empty() : coefficients;
        if (ratedCapacityM3h != null && !(ratedCapacityM3h > 0)) {
            throw new IllegalArgumentException("ratedCapacityM3h must be > 0 when known, got " + ratedCapacityM3h);
        }
        if (reportingInterval != null && (reportingInterval.isNegative() || reportingInterval.isZero())) {
            throw new IllegalArgumentException("reportingInterval must be positive when known, got " + reportingInterval);
        }
    }

    /** A well with only the core registry columns; everything else unknown (no permit, no plan, no meter). */
    public Well(String id, String unitId, WellStatus status, Instant statusSince) {
        this(id, unitId, status, statusSince, null, null, null, false, null, null, null, null);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        return new Builder(id)
                .unitId(unitId)
                .status(status, statusSince)
                .permit(permit)
                .plan(plan)
                .pipeDiameterCm(pipeDiameterCm)
                .insidePublicNetwork(insidePublicNetwork)
                .metering(metering)
                .ratedCapacityM3h(ratedCapacityM3h)
                .reportingInterval(reportingInterval)
                .coefficients(coefficients);
    }

    /** Builds a {@link Well} field by field; unset fields are unknown. Status defaults to active. */
    public static final class Builder {
        private final String id;
        private String unitId;
        private WellStatus status = WellStatus.ACTIVE;
        private Instant statusSince;
        private Permit permit;
        private AbstractionPlan plan;
        private Double pipeDiameterCm;
        private boolean insidePublicNetwork;
        private Metering metering;
        private Double ratedCapacityM3h;
        private Duration reportingInterval;
        private CoefficientHistory coefficients;

        private Builder(String id) {
            this.id = id;
        }

        public Builder unitId(String unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder status(WellStatus status, Instant since) {
            this.status = status;
            this.statusSince = since;
            return this;
        }

        public Builder permit(Permit permit) {
            this.permit = permit;
            return this;
        }

        public Builder plan(AbstractionPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder pipeDiameterCm(Double pipeDiameterCm) {
            this.pipeDiameterCm = pipeDiameterCm;
            return this;
        }

        public Builder insidePublicNetwork(boolean insidePublicNetwork) {
            this.insidePublicNetwork = insidePublicNetwork;
            return this;
        }

        public Builder metering(Metering metering) {
            this.metering = metering;
            return this;
        }

        public Builder ratedCapacityM3h(Double ratedCapacityM3h) {
            this.ratedCapacityM3h = ratedCapacityM3h;
            return this;
        }

        public Builder reportingInterval(Duration reportingInterval) {
            this.reportingInterval = reportingInterval;
            return this;
        }

        public Builder coefficients(CoefficientHistory coefficients) {
            this.coefficients = coefficients;
            return this;
        }

        public Builder coefficients(ConversionCoefficient... coefficients) {
            this.coefficients = CoefficientHistory.of(coefficients);
            return this;
        }

        public Well build() {
            return new Well(id, unitId, status, statusSince, permit, plan, pipeDiameterCm, insidePublicNetwork, metering,
                    ratedCapacityM3h, reportingInterval, coefficients);
        }
    }
}
