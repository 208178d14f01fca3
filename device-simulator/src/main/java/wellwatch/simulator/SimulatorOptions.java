package wellwatch.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import wellwatch.simulator.mqtt.Credentials;
import wellwatch.simulator.scenario.ScenarioSpec;
import wellwatch.simulator.well.WellIds;

/**
 * Everything a run is told, after command line, environment and defaults have been merged and checked.
 *
 * @param timeScale simulated seconds per real second; {@link Double#POSITIVE_INFINITY} for {@code max}
 * @param simStart simulated time of the start, when given; else derived (see {@link Schedule})
 * @param rate most readings per second over all wells, 0 for no limit
 * @param duration run time, {@link Duration#ZERO} for no limit
 * @param count readings per well, 0 for no limit
 * @param startSeq sequence number of each device's first reading, when given; else derived from the clock
 */
public record SimulatorOptions(
        String broker,
        Credentials credentials,
        Optional<Path> devicesFile,
        boolean perDeviceCredentials,
        int wells,
        int firstWell,
        Duration interval,
        double timeScale,
        Optional<Instant> simStart,
        double rate,
        Duration duration,
        long count,
        long seed,
        int qos,
        int connections,
        int maxInflight,
        List<ScenarioSpec> scenarios,
        Duration reportEvery,
        OptionalLong startSeq,
        Duration drainTimeout,
        String clientIdPrefix,
        boolean help) {

    public static final String DEFAULT_BROKER = "tcp://127.0.0.1:11883";
    public static final String ENV_MQTT_URL = "WELLWATCH_MQTT_URL";
    public static final String ENV_GATEWAY_USER = "WELLWATCH_MQTT_GATEWAY_USER";
    public static final String ENV_GATEWAY_PASSWORD = "WELLWATCH_MQTT_GATEWAY_PASSWORD";
    public static final String ENV_DEVICES_FILE = "WELLWATCH_DEVICES_FILE";

    public static final List<OptionSpec> SPECS = List.of(
            OptionSpec.value("broker", "URL", DEFAULT_BROKER, "MQTT broker", ENV_MQTT_URL),
            OptionSpec.value("username", "NAME", "$" + ENV_GATEWAY_USER,
                    "gateway (data concentrator) account that may publish for every well", ENV_GATEWAY_USER),
            OptionSpec.value("password", "SECRET", "$" + ENV_GATEWAY_PASSWORD, "password of the gateway account",
                    ENV_GATEWAY_PASSWORD),
            OptionSpec.value("devices-file", "CSV", "$" + ENV_DEVICES_FILE,
                    "device_id,well_id,password lines: gives each well its device id (and password)", ENV_DEVICES_FILE),
            OptionSpec.flag("per-device-credentials",
                    "one MQTT connection per well, logged in as its device (needs --devices-file)"),
            OptionSpec.value("wells", "N", "300", "number of wells"),
            OptionSpec.value("first-well", "K", "1", "number of the first well: wells are W<K>, W<K+1>, ... (6 digits)"),
            OptionSpec.value("interval", "DURATION", "5s", "simulated time between two readings of one well"),
            OptionSpec.value("time-scale", "X|max", "1",
                    "simulated seconds per real second (288 = a day in 5 min); max = as fast as publishing allows"),
            OptionSpec.value("sim-start", "INSTANT|DURATION", "derived",
                    "simulated time of the start: ISO instant, or how long before now (e.g. 7d)"),
            OptionSpec.value("rate", "MSG/S", "0", "most readings per second over all wells; 0 = no limit"),
            OptionSpec.value("duration", "DURATION", "0", "stop after this real time; 0 = no limit"),
            OptionSpec.value("count", "N", "0", "stop after N readings per well; 0 = no limit"),
            OptionSpec.value("seed", "N", "1", "seed of every random draw: same seed, same readings"),
            OptionSpec.value("qos", "0|1|2", "1", "MQTT QoS of the readings"),
            OptionSpec.value("connections", "N", "2", "parallel MQTT connections of the gateway account"),
            OptionSpec.value("max-inflight", "N", "1000",
                    "unacknowledged readings per connection (capped by the broker's receive maximum)"),
            OptionSpec.repeatable("scenario", "NAME[@DELAY]=WELL[,WELL...]", "make wells show a fault (repeatable)"),
            OptionSpec.value("report-every", "DURATION", "5s", "status line on stderr this often; 0 = never"),
            OptionSpec.value("start-seq", "N", "epoch microseconds at start",
                    "sequence number of every device's first reading"),
            OptionSpec.value("drain-timeout", "DURATION", "30s", "at the end, how long to wait for outstanding acks"),
            OptionSpec.value("client-id-prefix", "TEXT", "wellwatch-sim-<pid>", "start of the MQTT client ids"),
            OptionSpec.commandLineOnly("help", "print this help and exit"));

    public static SimulatorOptions parse(String[] args, Map<String, String> env, Instant now)
            throws UsageException {
        CommandLine cl = CommandLine.parse(SPECS, args, env);
        Values v = new Values(cl);
        SimulatorOptions options = new SimulatorOptions(
                cl.value("broker").orElse(DEFAULT_BROKER),
                new Credentials(cl.value("username").orElse(null), cl.value("password").orElse(null)),
                cl.value("devices-file").map(Path::of),
                cl.flag("per-device-credentials"),
                (int) v.longIn("wells", 300, 1, WellIds.MAX_NUMBER + 1L),
                (int) v.longIn("first-well", 1, 0, WellIds.MAX_NUMBER),
                v.positiveDuration("interval", "5s"),
                v.timeScale(),
                v.simStart(now),
                v.doubleAtLeast("rate", 0, 0),
                v.duration("duration", "0"),
                v.longIn("count", 0, 0, Long.MAX_VALUE),
                v.longIn("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) v.longIn("qos", 1, 0, 2),
                (int) v.longIn("connections", 2, 1, 10_000),
                (int) v.longIn("max-inflight", 1000, 1, 65_535),
                v.scenarios(),
                v.duration("report-every", "5s"),
                cl.value("start-seq").isPresent() ? OptionalLong.of(v.longIn("start-seq", 0, 0, Long.MAX_VALUE / 2)) : OptionalLong.empty(),
                v.duration("drain-timeout", "30s"),
                cl.value("client-id-prefix").orElse("wellwatch-sim-" + ProcessHandle.current().pid()),
                cl.flag("help"));
        if (!options.help()) {
            options.check();
        }
        return options;
    }

    private void check() throws UsageException {
        if ((long) firstWell + wells - 1 > WellIds.MAX_NUMBER) {
            throw new UsageException("--first-well " + firstWell + " with --wells " + wells + " goes past W" + WellIds.MAX_NUMBER);
        }
        if (perDeviceCredentials && devicesFile.isEmpty()) {
            throw new UsageException("--per-device-credentials needs --devices-file (or $" + ENV_DEVICES_FILE + ")");
        }
    }

    /** The well ids of this run, in order. */
    public List<String> wellIds() {
        List<String> ids = new ArrayList<>(wells);
        for (int i = 0; i < wells; i++) {
            ids.add(WellIds.wellId(firstWell + i));
        }
        return ids;
    }

    public boolean unpaced() {
        return Double.isInfinite(timeScale);
    }

    /** Typed access to the raw values, with messages that name where a bad value came from. */
    private record Values(CommandLine cl) {

        long longIn(String name, long def, long min, long max) throws UsageException {
            Optional<String> raw = cl.value(name);
            if (raw.isEmpty()) {
                return def;
            }
            try {
                long value = Long.parseLong(raw.get().replace("_", ""));
                if (value < min || value > max) {
                    throw new UsageException(cl.origin(name) + " must be between " + min + " and " + max + ", got " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new UsageException(cl.origin(name) + " must be a whole number, got '" + raw.get() + "'");
            }
        }

        double doubleAtLeast(String name, double def, double min) throws UsageException {
            Optional<String> raw = cl.value(name);
            if (raw.isEmpty()) {
                return def;
            }
            try {
                double value = Double.parseDouble(raw.get());
                if (!(value >= min) || Double.isInfinite(value)) {
                    throw new UsageException(cl.origin(name) + " must be a number >= " + min + ", got " + raw.get());
                }
                return value;
            } catch (NumberFormatException e) {
                throw new UsageException(cl.origin(name) + " must be a number, got '" + raw.get() + "'");
            }
        }

        Duration duration(String name, String def) throws UsageException {
            String raw = cl.value(name).orElse(def);
            try {
                Duration d = Durations.parse(raw);
                if (d.isNegative()) {
                    throw new UsageException(cl.origin(name) + " must not be negative");
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw new UsageException(cl.origin(name) + ": " + e.getMessage());
            }
        }

        Duration positiveDuration(String name, String def) throws UsageException {
            Duration d = duration(name, def);
            if (d.isZero()) {
                throw new UsageException(cl.origin(name) + " must be more than 0");
            }
            return d;
        }

        double timeScale() throws UsageException {
            Optional<String> raw = cl.value("time-scale");
            if (raw.isPresent() && raw.get().equalsIgnoreCase("max")) {
                return Double.POSITIVE_INFINITY;
            }
            double scale = doubleAtLeast("time-scale", 1, 0);
            if (scale <= 0) {
                throw new UsageException(cl.origin("time-scale") + " must be more than 0 (or max)");
            }
            return scale;
        }

        Optional<Instant> simStart(Instant now) throws UsageException {
            Optional<String> raw = cl.value("sim-start");
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(raw.get()));
            } catch (DateTimeParseException notAnInstant) {
                return Optional.of(now.minus(duration("sim-start", "0")));
            }
        }

        List<ScenarioSpec> scenarios() throws UsageException {
            List<ScenarioSpec> specs = new ArrayList<>();
            for (String text : cl.all("scenario")) {
                try {
                    specs.add(ScenarioSpec.parse(text, Durations::parse));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(cl.origin("scenario") + ": " + e.getMessage());
                }
            }
            return List.copyOf(specs);
        }
    }
}
