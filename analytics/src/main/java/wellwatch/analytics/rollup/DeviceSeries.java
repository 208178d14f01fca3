package wellwatch.analytics.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stored readings of one device of one well that a computation needs, as two register series: the
 * readings that carried energy and those that carried volume. A register's intervals run between
 * consecutive readings of the same device that carry it (a reading without the register neither starts
 * nor ends one), as the detector counts them.
 */
public final class DeviceSeries {

    private final String wellId;
    private final String deviceId;
    private final List<CounterPoint> energy = new ArrayList<>();
    private final List<CounterPoint> volume = new ArrayList<>();
    private boolean sorted = true;

    public DeviceSeries(String wellId, String deviceId) {
        this.wellId = wellId;
        this.deviceId = deviceId;
    }

    public String wellId() {
        return wellId;
    }

    public String deviceId() {
        return deviceId;
    }

    /** Adds one stored reading; either register may be {@code null}. Duplicates (same time and seq) count once. */
    public DeviceSeries add(long tsMillis, long seq, Double energyKwh, Double volumeM3) {
        if (energyKwh != null) {
            energy.add(new CounterPoint(tsMillis, seq, energyKwh));
        }
        if (volumeM3 != null) {
            volume.add(new CounterPoint(tsMillis, seq, volumeM3));
        }
        sorted = false;
        return this;
    }

    /** Energy register values, in time (then seq) order, without duplicates. */
    public List<CounterPoint> energy() {
        sort();
        return Collections.unmodifiableList(energy);
    }

    /** Volume register values, in time (then seq) order, without duplicates. */
    public List<CounterPoint> volume() {
        sort();
        return Collections.unmodifiableList(volume);
    }

    private void sort() {
        if (!sorted) {
            dedupe(energy);
            dedupe(volume);
            sorted = true;
        }
    }

    private static void dedupe(List<CounterPoint> points) {
        Collections.sort(points);
        for (int i = points.size() - 1; i > 0; i--) {
            CounterPoint a = points.get(i - 1);
            CounterPoint b = points.get(i);
            if (a.tsMillis() == b.tsMillis() && a.seq() == b.seq()) {
                points.remove(i);
            }
        }
    }
}
