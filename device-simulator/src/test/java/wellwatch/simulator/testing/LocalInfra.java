package wellwatch.simulator.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The endpoints and accounts of the local services started by {@code deploy/local/infra.sh up}: taken from
 * the environment when {@code eval "$(deploy/local/infra.sh env)"} was run, else from {@code infra.sh env}.
 */
public final class LocalInfra {

    public static final String MQTT_URL = "WELLWATCH_MQTT_URL";
    public static final String INGEST_USER = "WELLWATCH_MQTT_INGEST_USER";
    public static final String INGEST_PASSWORD = "WELLWATCH_MQTT_INGEST_PASSWORD";

    private LocalInfra() {}

    public static Map<String, String> env() throws IOException, InterruptedException {
        if (System.getenv(MQTT_URL) != null) {
            return System.getenv();
        }
        Path script = repoRoot().resolve("deploy/local/infra.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("no $" + MQTT_URL + " and no " + script + ": start the local services first");
        }
        Process p = new ProcessBuilder(script.toString(), "env").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " env failed: run 'deploy/local/infra.sh up' first");
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        for (String line : out.split("\n")) {
            if (line.startsWith("export ") && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                env.put(line.substring(7, eq), unquote(line.substring(eq + 1)));
            }
        }
        return env;
    }

    /** Undoes bash's printf %q for the plain values infra.sh prints (backslash escapes, optional quotes). */
    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                c = value.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/infra.sh"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }
}
