package wellwatch.simulator.mqtt;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;

/**
 * Tracks one published reading until the broker settles it, then frees its slot in the in-flight window.
 * When the connection drops while the reading is in flight, Paho reports a failure on a token that is not
 * complete and sends the reading again after the automatic reconnect (the session survives): that report is
 * ignored and the reading stays outstanding until its PUBACK comes.
 */
final class Delivery implements MqttActionListener {

    /** MQTT v5 reason codes from 0x80 up are errors (e.g. 0x87 not authorised). */
    static final int FIRST_ERROR_REASON = 0x80;

    private static final AtomicIntegerFieldUpdater<Delivery> SETTLED =
            AtomicIntegerFieldUpdater.newUpdater(Delivery.class, "settled");

    private final Publisher publisher;
    private volatile int settled;

    Delivery(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void onSuccess(IMqttToken token) {
        settle(!hasErrorReason(token.getReasonCodes()));
    }

    @Override
    public void onFailure(IMqttToken token, Throwable cause) {
        if (token != null && !token.isComplete()) {
            return;
        }
        settle(false);
    }

    /** The publish call itself was refused for good. */
    void refused() {
        settle(false);
    }

    private void settle(boolean acked) {
        if (SETTLED.compareAndSet(this, 0, 1)) {
            publisher.settled(acked);
        }
    }

    static boolean hasErrorReason(int[] reasonCodes) {
        return reasonCodes != null && reasonCodes.length > 0 && reasonCodes[0] >= FIRST_ERROR_REASON;
    }
}
