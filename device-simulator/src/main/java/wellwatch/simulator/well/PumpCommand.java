package wellwatch.simulator.well;

/** What drives the pump over the next reporting interval. */
public enum PumpCommand {
    /** The well's own duty cycle decides. */
    NORMAL,
    /** The pump runs, whatever the duty cycle says. */
    ON,
    /** The pump stands still. */
    OFF
}
