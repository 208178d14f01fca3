package wellwatch.registry;

/**
 * What metering a well has (计量设施), as registered.
 *
 * @param flowMeterId id of the flow meter, or {@code null} when none is installed
 * @param flowMeterWorking whether that meter is qualified (检定合格) and registered as working
 * @param powerMeterNo the power utility's meter number for the pump (井电双控), or {@code null} when unknown
 */
public record Metering(String flowMeterId, boolean flowMeterWorking, String powerMeterNo) {

    private static final Metering NONE = new Metering(null, false, null);

    /** No flow meter and no known power meter. */
    public static Metering none() {
        return NONE;
    }

    /** A working flow meter with the given id, power meter unknown. */
    public static Metering flowMeter(String flowMeterId) {
        return new Metering(flowMeterId, true, null);
    }

    /** Whether the well's water can be taken from its own flow meter. */
    public boolean hasWorkingFlowMeter() {
        return flowMeterId != null && flowMeterWorking;
    }
}
