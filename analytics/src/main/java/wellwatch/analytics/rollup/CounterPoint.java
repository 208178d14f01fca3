package wellwatch.analytics.rollup;

/**
 * One value of one cumulative register (energy or volume) of one device, as stored.
 *
 * @param tsMillis time of the reading, epoch millis
 * @param seq the device's sequence number (orders readings with the same time)
 * @param value the register, kWh or m3
 */
public record CounterPoint(long tsMillis, long seq, double value) implements Comparable<CounterPoint> {

    @Override
    public int compareTo(CounterPoint o) {
        int byTime = Long.compare(tsMillis, o.tsMillis);
        return byTime != 0 ? byTime : Long.compare(seq, o.seq);
    }
}
