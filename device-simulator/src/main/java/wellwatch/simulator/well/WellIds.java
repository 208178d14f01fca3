package wellwatch.simulator.well;

/** How the simulator names wells and their devices: {@code W000042} and {@code RTU-W000042}. */
public final class WellIds {

    /** Largest well number that fits the six-digit form. */
    public static final int MAX_NUMBER = 999_999;

    private static final String DEVICE_PREFIX = "RTU-";

    private WellIds() {}

    public static String wellId(int number) {
        if (number < 0 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("well number " + number + " is outside 0.." + MAX_NUMBER);
        }
        return String.format("W%06d", number);
    }

    /** The id of the RTU of a well when no devices file says otherwise. */
    public static String defaultDeviceId(String wellId) {
        return DEVICE_PREFIX + wellId;
    }
}
