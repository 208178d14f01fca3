package wellwatch.simulator.mqtt;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.mqttv5.common.MqttException;

/**
 * The connections of a run: either a few connections of the gateway account, each carrying many wells, or
 * one connection per well logged in as the well's own device.
 */
public final class PublisherPool implements AutoCloseable {

    private final List<Publisher> publishers;

    private PublisherPool(List<Publisher> publishers) {
        this.publishers = List.copyOf(publishers);
    }

    /** {@code connections} connections of one account (the gateway's), client ids {@code <prefix>-gw<k>}. */
    public static PublisherPool gateway(MqttSettings settings, Credentials credentials, int connections,
            PublishStats stats) throws MqttException {
        List<Publisher> started = new ArrayList<>();
        try {
            for (int k = 0; k < connections; k++) {
                started.add(Publisher.start(settings, credentials, settings.clientIdPrefix() + "-gw" + k, stats));
            }
            return connected(started);
        } catch (MqttException | RuntimeException e) {
            started.forEach(Publisher::close);
            throw e;
        }
    }

    /** One connection per device account, in the given order, client ids {@code <prefix>-<deviceId>}. */
    public static PublisherPool perDevice(MqttSettings settings, List<DeviceAccount> accounts, PublishStats stats)
            throws MqttException {
        List<Publisher> started = new ArrayList<>();
        try {
            for (DeviceAccount account : accounts) {
                started.add(Publisher.start(
                        settings, account.credentials(), settings.clientIdPrefix() + "-" + account.deviceId(), stats));
            }
            return connected(started);
        } catch (MqttException | RuntimeException e) {
            started.forEach(Publisher::close);
            throw e;
        }
    }

    private static PublisherPool connected(List<Publisher> started) throws MqttException {
        for (Publisher publisher : started) {
            publisher.awaitConnected();
        }
        return new PublisherPool(started);
    }

    public Publisher get(int index) {
        return publishers.get(index);
    }

    public int size() {
        return publishers.size();
    }

    /** Smallest in-flight window over the connections (they normally all agree). */
    public int window() {
        return publishers.stream().mapToInt(Publisher::window).min().orElse(0);
    }

    @Override
    public void close() {
        publishers.parallelStream().forEach(Publisher::close);
    }
}
