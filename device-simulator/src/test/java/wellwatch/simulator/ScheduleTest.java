package wellwatch.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wellwatch.simulator.OptionsTestSupport.NOW;
import static wellwatch.simulator.OptionsTestSupport.parse;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Verifies when readings are due and that simulated time cannot overtake the real clock. */
class ScheduleTest {

    @Test
    void realTimeRunsStartNow() throws Exception {
        assertEquals(NOW, Schedule.of(parse("--duration", "1h"), NOW).simStart());
        assertEquals(NOW, Schedule.of(parse("--count", "10"), NOW).simStart());
    }

    @Test
    void unpacedCountRunsStartAsFarBackAsTheyReach() throws Exception {
        Schedule s = Schedule.of(parse("--time-scale", "max", "--count", "10", "--interval", "5s"), NOW);

        assertEquals(NOW.minusSeconds(50), s.simStart());
    }

    @Test
    void acceleratedRunsStartBackByWhatTheyGainOnTheRealClock() throws Exception {
        // a day in 5 minutes: the run covers 24 h of simulated time in 5 min of real time
        Schedule s = Schedule.of(parse("--time-scale", "288", "--duration", "5m", "--interval", "5m"), NOW);

        Instant simEnd = s.simStart().plus(Duration.ofDays(1));
        Instant realEnd = NOW.plus(Duration.ofMinutes(5));
        assertFalse(simEnd.isAfter(realEnd));
        assertTrue(Duration.between(simEnd, realEnd).toSeconds() <= 1);
    }

    @Test
    void openEndedAcceleratedRunsStartThirtyDaysBackAndExplicitStartsWin() throws Exception {
        assertEquals(NOW.minus(Duration.ofDays(30)), Schedule.of(parse("--time-scale", "max"), NOW).simStart());
        assertEquals(NOW.minus(Duration.ofDays(3)),
                Schedule.of(parse("--time-scale", "max", "--sim-start", "3d"), NOW).simStart());
    }

    @Test
    void wellsAreSpreadEvenlyOverTheInterval() throws Exception {
        Schedule s = Schedule.of(parse("--wells", "4", "--interval", "4s"), NOW);

        assertEquals(NOW, s.due(0, 0));
        assertEquals(NOW.plusSeconds(1), s.due(1, 0));
        assertEquals(NOW.plusSeconds(3), s.due(3, 0));
        assertEquals(NOW.plusSeconds(4 * 10 + 2), s.due(2, 10));
    }
}
