package wellwatch.simulator.mqtt;

/** An MQTT account. {@link #toString()} never shows the password. */
public record Credentials(String username, String password) {

    public static final Credentials ANONYMOUS = new Credentials(null, null);

    @Override
    public String toString() {
        return username == null ? "anonymous" : username;
    }
}
