package wellwatch.simulator.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the devices file written by {@code deploy/local/infra.sh}: CSV lines {@code device_id,well_id,password},
 * an optional header line starting with {@code device_id}, blank lines and {@code #} comments ignored.
 */
public final class DevicesFile {

    private DevicesFile() {}

    /** The device accounts by well id; a well listed twice keeps its last line. */
    public static Map<String, DeviceAccount> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static Map<String, DeviceAccount> parse(List<String> lines, String source) {
        Map<String, DeviceAccount> byWell = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("device_id"))) {
                continue;
            }
            String[] fields = line.split(",", 3);
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(
                        source + " line " + (i + 1) + ": expected device_id,well_id,password");
            }
            DeviceAccount account = new DeviceAccount(fields[0].strip(), fields[1].strip(), fields[2].strip());
            byWell.put(account.wellId(), account);
        }
        return byWell;
    }
}
