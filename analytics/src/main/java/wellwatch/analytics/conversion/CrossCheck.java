package wellwatch.analytics.conversion;

/**
 * Both figures for one interval where a well has a flow meter as well as a power meter: what the meter
 * measured and what the electricity implies. Neither replaces the other; their ratio is the cross-check.
 *
 * @param electricity water computed from electricity
 * @param meteredM3 volume through the flow meter over the same interval, m3
 */
public record CrossCheck(Conversion electricity, double meteredM3) {

    /** Metered water over electricity water: 1.0 when they agree, below 1 when the meter shows less. NaN without electricity water. */
    public double ratio() {
        return electricity.waterM3() > 0 ? meteredM3 / electricity.waterM3() : Double.NaN;
    }

    /** The metered water per kWh: the coefficient the flow meter implies for this interval. NaN without energy. */
    public double meteredM3PerKwh() {
        return electricity.energyKwh() > 0 ? meteredM3 / electricity.energyKwh() : Double.NaN;
    }
}
