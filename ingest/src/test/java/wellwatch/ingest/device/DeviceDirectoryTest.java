package wellwatch.ingest.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceDirectoryTest {

    final DeviceDirectory directory = new DeviceDirectory(null);

    @Test
    void verifiesThatADeviceReportingForAnotherWellIsRefusedWithTheReason() {
        directory.replace(Map.of("RTU-W000001", "W000001"));

        assertEquals("device 'RTU-W000001' is registered to well 'W000001', not 'W000002'",
                directory.refusal("RTU-W000001", "W000002"));
    }

    @Test
    void verifiesThatARegisteredDeviceOnItsOwnWellAndAnUnknownDeviceAreLetThrough() {
        directory.replace(Map.of("RTU-W000001", "W000001"));

        assertNull(directory.refusal("RTU-W000001", "W000001"));
        assertNull(directory.refusal("RTU-UNLISTED", "W000002"));
    }
}
