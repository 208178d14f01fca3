package wellwatch.simulator;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Command-line entry point. Progress goes to stderr; the one-line JSON {@link Summary} is the last line on
 * stdout, also after Ctrl-C or SIGTERM: the shutdown hook stops the workers, waits for the drain and the
 * summary, and ends the process with the same exit status a normal end would have.
 */
public final class Simulator {

    static final int EXIT_OK = 0;
    static final int EXIT_FATAL = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INCOMPLETE = 3;

    private Simulator() {}

    /** Paho logs every dropped connection as SEVERE with a stack trace; the publishers report it in one line. */
    private static final Logger PAHO_LOG = Logger.getLogger("org.eclipse.paho");

    public static void main(String[] args) {
        PAHO_LOG.setLevel(Level.OFF);
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Clock clock = Clock.systemUTC();
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args, env, clock.instant());
        } catch (UsageException e) {
            err.println("device-simulator: " + e.getMessage() + " (see --help)");
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(Help.text());
            return EXIT_OK;
        }
        RunControl control = new RunControl();
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(EXIT_FATAL);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> stopAndWait(control, finished, exitCode, options.drainTimeout().plusSeconds(15)), "stop-on-signal"));
        try {
            Summary summary = new SimulationRun(options, clock, err).run(control);
            out.println(summary.toJson());
            exitCode.set(summary.complete() ? EXIT_OK : EXIT_INCOMPLETE);
        } catch (UsageException e) {
            err.println("device-simulator: " + e.getMessage());
            exitCode.set(EXIT_USAGE);
        } catch (Exception e) {
            err.println("device-simulator: " + describe(e));
            out.println(Summary.of(0, 0, options.wells(), 0).toJson());
            exitCode.set(EXIT_FATAL);
        } finally {
            out.flush();
            finished.countDown();
        }
        return exitCode.get();
    }

    /**
     * Runs in the shutdown hook: on a signal the JVM would exit with 128 + signal as soon as the hooks are
     * done, so the hook waits for the summary and then ends the process with the run's own status.
     */
    private static void stopAndWait(RunControl control, CountDownLatch finished, AtomicInteger exitCode, Duration grace) {
        control.requestStop();
        try {
            if (finished.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                Runtime.getRuntime().halt(exitCode.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : String.valueOf(e);
    }
}
