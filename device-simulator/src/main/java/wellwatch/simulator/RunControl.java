package wellwatch.simulator;

import java.time.Duration;

/** Whether the run should stop: asked to (Ctrl-C), or its {@code --duration} is over. */
public final class RunControl {

    private volatile long deadlineNanos;
    private volatile boolean hasDeadline;
    private volatile boolean stopRequested;

    /** Starts counting {@code duration} from now; {@link Duration#ZERO} means no limit. */
    public void startClock(Duration duration) {
        if (!duration.isZero()) {
            deadlineNanos = System.nanoTime() + duration.toNanos();
            hasDeadline = true;
        }
    }

    public void requestStop() {
        stopRequested = true;
    }

    public boolean stopped() {
        return stopRequested || (hasDeadline && System.nanoTime() - deadlineNanos >= 0);
    }
}
