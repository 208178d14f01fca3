package wellwatch.simulator.well;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WellIdsTest {

    @Test
    void wellIdsAreSixDigitsZeroPaddedAndDevicesPrefixedWithRtu() {
        assertEquals("W000001", WellIds.wellId(1));
        assertEquals("W999999", WellIds.wellId(999_999));
        assertEquals("RTU-W000042", WellIds.defaultDeviceId("W000042"));
        assertThrows(IllegalArgumentException.class, () -> WellIds.wellId(1_000_000));
    }
}
