package wellwatch.simulator.mqtt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void pubackReasonCodesFrom0x80AreFailures() {
        assertFalse(Delivery.hasErrorReason(null));
        assertFalse(Delivery.hasErrorReason(new int[0]));
        assertFalse(Delivery.hasErrorReason(new int[] {0x00}));
        assertFalse(Delivery.hasErrorReason(new int[] {0x10}), "no matching subscribers is a success");
        assertTrue(Delivery.hasErrorReason(new int[] {0x87}), "not authorised");
        assertTrue(Delivery.hasErrorReason(new int[] {0x97}), "quota exceeded");
    }
}
