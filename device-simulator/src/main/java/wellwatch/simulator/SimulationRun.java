package wellwatch.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.paho.mqttv5.common.MqttException;
import wellwatch.contract.Topics;
import wellwatch.simulator.mqtt.DeviceAccount;
import wellwatch.simulator.mqtt.DevicesFile;
import wellwatch.simulator.mqtt.MqttSettings;
import wellwatch.simulator.mqtt.PublishStats;
import wellwatch.simulator.mqtt.PublisherPool;
import wellwatch.simulator.well.SimulatedWell;

/**
 * One run of the simulator: builds the wells, opens the connections, lets the workers publish until the
 * count or duration is reached or a stop is requested, waits for outstanding acknowledgements (at most
 * {@code --drain-timeout}) and returns the {@link Summary}.
 */
public final class SimulationRun {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Long enough for the broker to keep a publisher's session across a restart of the broker. */
    static final Duration SESSION_EXPIRY = Duration.ofMinutes(5);

    private final SimulatorOptions options;
    private final Clock clock;
    private final PrintStream err;

    public SimulationRun(SimulatorOptions options, Clock clock, PrintStream err) {
        this.options = options;
        this.clock = clock;
        this.err = err;
    }

    public Summary run(RunControl control) throws UsageException, IOException, MqttException, InterruptedException {
        Map<String, DeviceAccount> devices = options.devicesFile().isPresent()
                ? DevicesFile.read(options.devicesFile().get())
                : Map.of();
        Instant now = clock.instant();
        Schedule schedule = Schedule.of(options, now);
        long firstSeq = options.startSeq().orElse(epochMicros(now));
        List<SimulatedWell> wells = Fleet.build(options, schedule, devices, firstSeq);
        PublishStats stats = new PublishStats();
        MqttSettings settings = new MqttSettings(options.broker(), options.qos(), options.maxInflight(),
                options.clientIdPrefix(), CONNECT_TIMEOUT, SESSION_EXPIRY);

        try (PublisherPool pool = openPool(settings, wells, devices, stats)) {
            err.println(describe(wells, pool, schedule, firstSeq));
            long startNanos = System.nanoTime();
            control.startClock(options.duration());
            Pacer pacer = new Pacer(schedule.simStart(), options.timeScale(), startNanos, clock);
            List<Worker> workers = workers(wells, pool, schedule, pacer, control);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                Thread t = new Thread(workers.get(i), "publisher-" + i);
                threads.add(t);
                t.start();
            }
            try (StatusReporter reporter = new StatusReporter(stats, () -> latestDue(workers), err, options.reportEvery())) {
                for (Thread t : threads) {
                    t.join();
                }
                reportFailures(workers);
                drain(stats);
                reporter.report();
            }
            return summarize(stats, wells.size(), startNanos);
        }
    }

    private PublisherPool openPool(MqttSettings settings, List<SimulatedWell> wells, Map<String, DeviceAccount> devices,
            PublishStats stats) throws UsageException, MqttException {
        if (!options.perDeviceCredentials()) {
            if (options.credentials().username() == null) {
                err.println("device-simulator: no --username (nor $" + SimulatorOptions.ENV_GATEWAY_USER + "): connecting anonymously");
            }
            return PublisherPool.gateway(settings, options.credentials(), Math.min(options.connections(), wells.size()), stats);
        }
        List<DeviceAccount> accounts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (SimulatedWell well : wells) {
            DeviceAccount account = devices.get(well.wellId());
            if (account == null) {
                missing.add(well.wellId());
            } else {
                accounts.add(account);
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(missing.size() + " well(s) have no device in " + options.devicesFile().orElseThrow()
                    + ", e.g. " + String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
        }
        return PublisherPool.perDevice(settings, accounts, stats);
    }

    /** Gateway mode: worker k carries the wells of connection k. Per device: a few workers share all connections. */
    private List<Worker> workers(List<SimulatedWell> wells, PublisherPool pool, Schedule schedule, Pacer pacer,
            RunControl control) {
        int workerCount = options.perDeviceCredentials()
                ? Math.min(wells.size(), Math.max(2, Runtime.getRuntime().availableProcessors()))
                : pool.size();
        List<List<Lane>> lanes = new ArrayList<>();
        for (int w = 0; w < workerCount; w++) {
            lanes.add(new ArrayList<>());
        }
        for (int i = 0; i < wells.size(); i++) {
            SimulatedWell well = wells.get(i);
            int connection = options.perDeviceCredentials() ? i : i % pool.size();
            lanes.get(i % workerCount).add(new Lane(i, well, Topics.telemetry(well.wellId()), pool.get(connection)));
        }
        RateLimiter limiter = new RateLimiter(options.rate());
        List<Worker> workers = new ArrayList<>();
        for (List<Lane> share : lanes) {
            workers.add(new Worker(share, schedule, pacer, limiter, control, options.count()));
        }
        return workers;
    }

    private void drain(PublishStats stats) throws InterruptedException {
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        while (stats.snapshot().outstanding() > 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(20);
        }
        long left = stats.snapshot().outstanding();
        if (left > 0) {
            err.println("device-simulator: " + left + " reading(s) still unacknowledged after "
                    + Durations.format(options.drainTimeout()) + ": counted as failed");
        }
    }

    private static Summary summarize(PublishStats stats, int wells, long startNanos) {
        PublishStats.Snapshot s = stats.snapshot();
        long end = s.outstanding() == 0 && s.acked() + s.failed() > 0 ? stats.lastCompletionNanos() : System.nanoTime();
        return Summary.of(s.sent(), s.acked(), wells, Math.max(0, end - startNanos) / 1e9);
    }

    private void reportFailures(List<Worker> workers) {
        for (Worker worker : workers) {
            if (worker.failure() != null) {
                err.println("device-simulator: a publisher thread failed: " + worker.failure());
            }
        }
    }

    private static Instant latestDue(List<Worker> workers) {
        return workers.stream().map(Worker::lastDue).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    private String describe(List<SimulatedWell> wells, PublisherPool pool, Schedule schedule, long firstSeq) {
        String via = options.perDeviceCredentials()
                ? pool.size() + " device connections (one per well)"
                : pool.size() + " connection(s) as " + options.credentials();
        String stop = (options.count() > 0 ? options.count() + " readings per well" : "")
                + (options.count() > 0 && !options.duration().isZero() ? " or " : "")
                + (!options.duration().isZero() ? Durations.format(options.duration()) : "")
                + (options.count() == 0 && options.duration().isZero() ? "Ctrl-C" : "");
        return String.format("device-simulator: %d wells %s..%s to %s via %s, window %d/connection, QoS %d; "
                        + "interval %s, time-scale %s, rate %s; sim start %s, first seq %d, seed %d; stops after %s%s",
                wells.size(), wells.get(0).wellId(), wells.get(wells.size() - 1).wellId(), options.broker(), via,
                pool.window(), options.qos(), Durations.format(options.interval()),
                options.unpaced() ? "max" : String.valueOf(options.timeScale()),
                options.rate() > 0 ? options.rate() + "/s" : "unlimited",
                schedule.simStart().truncatedTo(ChronoUnit.SECONDS), firstSeq, options.seed(), stop,
                options.scenarios().isEmpty() ? "" : "; scenarios " + options.scenarios().size());
    }

    static long epochMicros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }
}
