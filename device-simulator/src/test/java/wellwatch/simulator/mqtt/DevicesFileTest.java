package wellwatch.simulator.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevicesFileTest {

    @Test
    void readsTheFileInfraWritesIndexedByWell() {
        Map<String, DeviceAccount> accounts = DevicesFile.parse(List.of(
                "device_id,well_id,password",
                "RTU-W000001,W000001,aa11",
                "",
                "# spare",
                "METER-7,W000002,bb22"), "devices.csv");

        assertEquals(new DeviceAccount("RTU-W000001", "W000001", "aa11"), accounts.get("W000001"));
        assertEquals(new Credentials("METER-7", "bb22"), accounts.get("W000002").credentials());
        assertFalse(accounts.get("W000002").toString().contains("bb22"));
    }

    @Test
    void namesTheLineThatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DevicesFile.parse(List.of("device_id,well_id,password", "RTU-1"), "devices.csv"));

        assertEquals("devices.csv line 2: expected device_id,well_id,password", e.getMessage());
    }
}
