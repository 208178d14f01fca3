package wellwatch.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.AbstractionPlan;
import wellwatch.registry.CoefficientHistory;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Metering;
import wellwatch.registry.Permit;
import wellwatch.registry.Well;
import wellwatch.registry.WellStatus;

/** Shared test fixtures: wells as the registry holds them, readings as devices send them. */
public final class Fixtures {

    /** 2026-05-01 08:00 in Beijing: the start of every series. */
    public static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    /** The analytics clock in tests: a week after {@link #T0}, so series readings are neither future nor old. */
    public static final Clock CLOCK = Clock.fixed(T0.plus(Duration.ofDays(7)), ZoneOffset.UTC);

    public static final String WELL_ID = "W000001";
    public static final double COEFFICIENT = 4.0;

    private Fixtures() {}

    /** Registered wells. */
    public static final class Wells {

        private Wells() {}

        /** The permit of a healthy well: 100,000 m3/yr, valid 2020-2030. */
        public static Permit permit() {
            return new Permit("QS-2020-0001", 100_000, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), "irrigation");
        }

        /** 4 m3/kWh from a pump test, since 2020. */
        public static CoefficientHistory coefficients() {
            return CoefficientHistory.of(new ConversionCoefficient(COEFFICIENT, Instant.parse("2020-01-01T00:00:00Z"), null,
                    ConversionCoefficient.Source.PUMP_TEST));
        }

        /**
         * A healthy active well: unit U0001, permit and 2026 plan of 100,000 m3, 15 cm pipe, outside the network
         * coverage, a working flow meter, rated 60 m3/h, reporting every 5 min, 4 m3/kWh.
         */
        public static Well.Builder activeBuilder() {
            return Well.builder(WELL_ID)
                    .unitId("U0001")
                    .status(WellStatus.ACTIVE, Instant.parse("2020-01-01T00:00:00Z"))
                    .permit(permit())
                    .plan(new AbstractionPlan(2026, 100_000))
                    .pipeDiameterCm(15.0)
                    .insidePublicNetwork(false)
                    .metering(new Metering("FM-" + WELL_ID, true, "PM-" + WELL_ID))
                    .ratedCapacityM3h(60.0)
                    .reportingInterval(Duration.ofMinutes(5))
                    .coefficients(coefficients());
        }

        public static Well active() {
            return activeBuilder().build();
        }

        /** Sealed a year before {@link #T0}. */
        public static Well sealed() {
            return activeBuilder().status(WellStatus.SEALED, Instant.parse("2025-05-01T00:00:00Z")).build();
        }

        /** Reported stopped for the season in the autumn before {@link #T0}. */
        public static Well seasonallyStopped() {
            return activeBuilder().status(WellStatus.SEASONALLY_STOPPED, Instant.parse("2025-10-15T00:00:00Z")).build();
        }

        public static Well withoutPermit() {
            return activeBuilder().permit(null).build();
        }

        /** No flow meter: water is computed from electricity. */
        public static Well electricityOnly() {
            return activeBuilder().metering(Metering.none()).build();
        }

        public static Well insideNetworkCoverage() {
            return activeBuilder().insidePublicNetwork(true).build();
        }

        /** An active well with a plan of {@code plannedM3} for 2026 and a permit of {@code permittedM3}. */
        public static Well withQuota(double plannedM3, double permittedM3) {
            return activeBuilder()
                    .plan(new AbstractionPlan(2026, plannedM3))
                    .permit(new Permit("QS-2020-0001", permittedM3, LocalDate.of(2020, 1, 1), null, "irrigation"))
                    .build();
        }
    }

    /** Readings. */
    public static final class Readings {

        private Readings() {}

        /** One reading of a healthy well pumping at 10 kW: 40 m3/h at 4 m3/kWh. */
        public static Reading normal() {
            return series().pumping();
        }

        /** One reading of a healthy idle well. */
        public static Reading idle() {
            return series().idle();
        }

        /** A reading at {@code ts} with only the given instantaneous values (no counters). */
        public static Reading instant(Instant ts, Boolean pumpOn, Double powerKw, Double flowM3h, Alarm... alarms) {
            return new Reading(WELL_ID, "RTU-" + WELL_ID, 1, ts, null, flowM3h, null, pumpOn, powerKw, null,
                    alarms.length == 0 ? Set.of() : EnumSet.of(alarms[0], alarms));
        }

        /** A series of readings of {@link #WELL_ID} every 5 minutes from {@link #T0}. */
        public static Series series() {
            return new Series(WELL_ID);
        }

        /** A series of readings of another well, every 5 minutes from {@link #T0}. */
        public static Series series(String wellId) {
            return new Series(wellId);
        }
    }

    /**
     * Consecutive readings of one device, with counters integrated exactly as a real RTU would report them:
     * energy += power x time, volume += energy x coefficient x the share the meter registers.
     */
    public static final class Series {
        private final String wellId;
        private String deviceId;
        private long seq = 1;
        private Instant ts = T0;
        private Duration step = Duration.ofMinutes(5);
        private double volume = 10_000;
        private double energy = 2_500;
        private double powerKw = 10;
        private double coefficient = COEFFICIENT;
        private boolean withVolume = true;
        private boolean withEnergy = true;
        private Set<Alarm> alarms = Set.of();

        Series(String wellId) {
            this.wellId = wellId;
            this.deviceId = "RTU-" + wellId;
        }

        public Series every(Duration step) {
            this.step = step;
            return this;
        }

        public Series startingAt(Instant ts) {
            this.ts = ts;
            return this;
        }

        public Series powerKw(double powerKw) {
            this.powerKw = powerKw;
            return this;
        }

        public Series coefficient(double coefficient) {
            this.coefficient = coefficient;
            return this;
        }

        public Series device(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Readings without the volume register (no flow meter). */
        public Series withoutVolume() {
            this.withVolume = false;
            return this;
        }

        /** Readings without the energy register. */
        public Series withoutEnergy() {
            this.withEnergy = false;
            return this;
        }

        public Series alarms(Alarm... alarms) {
            this.alarms = Set.of(alarms);
            return this;
        }

        /** Sets the registers to given values for the next readings (a reset, a swap, a forged figure). */
        public Series registers(double volumeM3, double energyKwh) {
            this.volume = volumeM3;
            this.energy = energyKwh;
            return this;
        }

        public double volume() {
            return volume;
        }

        public double energy() {
            return energy;
        }

        public Instant ts() {
            return ts;
        }

        /** The pump ran through the step and the meter registered everything. */
        public Reading pumping() {
            return next(powerKw, 1.0);
        }

        /** The pump was off through the step. */
        public Reading idle() {
            return next(0, 1.0);
        }

        /** The pump ran through the step and the meter registered {@code share} of the water (0: stuck). */
        public Reading pumpingMetered(double share) {
            return next(powerKw, share);
        }

        /** {@code n} readings of {@link #pumpingMetered}. */
        public List<Reading> pumpingMetered(int n, double share) {
            List<Reading> readings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                readings.add(pumpingMetered(share));
            }
            return readings;
        }

        /** {@code n} readings of {@link #pumping}. */
        public List<Reading> pumping(int n) {
            return pumpingMetered(n, 1.0);
        }

        /** The same reading sent again (MQTT or Kafka redelivery). */
        public Reading again(Reading r) {
            return r;
        }

        private Reading next(double power, double meterShare) {
            ts = ts.plus(step);
            double hours = step.toMillis() / 3_600_000.0;
            double e = power * hours;
            energy += e;
            volume += e * coefficient * meterShare;
            double flow = power * coefficient * meterShare;
            return new Reading(wellId, deviceId, seq++, ts, withVolume ? volume : null, withVolume ? flow : null, 12.5, power > 0,
                    power, withEnergy ? energy : null, alarms);
        }
    }
}
