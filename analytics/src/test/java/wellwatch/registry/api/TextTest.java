package wellwatch.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 355", "-x", "@SUM(A1)", " =1+1", "\t=1"})
    void verifiesThatTextAFormulaCouldStartWithIsRefusedForEveryField(String value) {
        FieldException e = assertThrows(FieldException.class, () -> Text.clean("remarks", value));
        assertEquals("remarks", e.field());
    }

    @Test
    void verifiesThatTextIsStrippedAndBlankIsNothing() {
        assertEquals("某宾馆", Text.clean("name", "  某宾馆 "));
        assertNull(Text.clean("name", "   "));
        assertEquals("a=b", Text.clean("name", "a=b"));
    }

    @Test
    void verifiesThatIdsAreLettersDigitsAndAFewMarksIncludingChinesePermitNumbers() {
        assertEquals("W000001", Text.id("wellId", "W000001"));
        assertEquals("WIT-S-1a2b", Text.id("wellId", "WIT-S-1a2b"));
        assertEquals("取水(晋)字[2021]第0012号", Text.id("permitNo", "取水(晋)字[2021]第0012号"));
        assertThrows(FieldException.class, () -> Text.id("wellId", "W 1"));
        assertThrows(FieldException.class, () -> Text.id("wellId", "-W1"));
        assertThrows(FieldException.class, () -> Text.id("wellId", "W1;DROP"));
    }
}
