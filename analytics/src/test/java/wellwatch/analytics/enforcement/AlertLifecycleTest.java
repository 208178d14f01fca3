package wellwatch.analytics.enforcement;

import java.util.Arrays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Not a @QuarkusTest: the lifecycle is plain Java. */
class AlertLifecycleTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "open,         acknowledge, acknowledged",
            "open,         lead,        lead",
            "acknowledged, lead,        lead",
            "open,         close,       closed",
            "acknowledged, close,       closed",
            "lead,         close,       closed"})
    void verifiesThatTheLegalMovesLeadToTheirState(String from, String action, String to) {
        assertEquals(AlertState.ofCode(to), AlertLifecycle.next(1, AlertState.ofCode(from), AlertAction.ofCode(action)));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @CsvSource({
            "acknowledged, acknowledge",
            "lead,         acknowledge",
            "closed,       acknowledge",
            "lead,         lead",
            "closed,       lead",
            "closed,       close"})
    void verifiesThatIllegalMovesAreRefusedWithAMessageNamingStateAndAction(String from, String action) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> AlertLifecycle.next(42, AlertState.ofCode(from), AlertAction.ofCode(action)));

        assertEquals(AlertState.ofCode(from), e.from());
        assertTrue(e.getMessage().startsWith("alert 42 is " + from + ": it cannot be "), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"acknowledge, 1", "lead, 2", "close, 3"})
    void verifiesThatEveryActionIsAllowedFromSomeStatesAndNeverFromClosed(String action, int allowedFrom) {
        AlertAction a = AlertAction.ofCode(action);
        long allowed = Arrays.stream(AlertState.values()).filter(s -> AlertLifecycle.allowed(s, a)).count();

        assertEquals(allowedFrom, allowed);
        assertEquals(false, AlertLifecycle.allowed(AlertState.CLOSED, a));
    }
}
