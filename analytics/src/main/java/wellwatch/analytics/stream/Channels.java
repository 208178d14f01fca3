package wellwatch.analytics.stream;

/** Reactive-messaging channel names, shared by the code, application.properties and the tests. */
public final class Channels {

    /** Incoming: {@link wellwatch.contract.Topics#READINGS}. */
    public static final String READINGS = "readings";

    /** Outgoing: {@link wellwatch.contract.Topics#ALERTS}. */
    public static final String ALERTS = "alerts";

    private Channels() {}
}
