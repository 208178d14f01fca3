package wellwatch.simulator;

/** The command line or environment asks for something the simulator cannot do; the message says what. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
