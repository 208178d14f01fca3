package wellwatch.simulator.mqtt;

/** One line of the devices file: the RTU of a well and its MQTT password (its username is its device id). */
public record DeviceAccount(String deviceId, String wellId, String password) {

    public Credentials credentials() {
        return new Credentials(deviceId, password);
    }

    @Override
    public String toString() {
        return deviceId + "@" + wellId;
    }
}
