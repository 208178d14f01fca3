package wellwatch.registry.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterLayoutTest {

    /** The header line of the seed's register of water users (samples/register-of-water-users.csv), verbatim. */
    static final String SEED_HEADER = "序号,单位名称,所属行业,取用水水源,取水许可批复水量（万方/年）,取水计划下达水量（万方/年）,实际取用水量（万方/年）,备注";

    @Test
    void verifiesThatTheLedgerColumnsAreExactlyTheSeedsHeader() {
        assertEquals(SEED_HEADER, String.join(",", RegisterLayout.LEDGER));
    }

    @Test
    void verifiesThatTheSeedsHeaderAloneIsAUnitOnlyLayout() {
        RegisterLayout layout = RegisterLayout.of(Arrays.asList(SEED_HEADER.split(",")));

        assertFalse(layout.legacy());
        assertFalse(layout.has(RegisterLayout.WELL_ID));
        assertEquals(8, layout.size());
    }

    @Test
    void verifiesThatWellColumnsMayFollowInAnyOrder() {
        List<String> header = new ArrayList<>(RegisterLayout.LEDGER);
        header.addAll(List.of("status", "well_id", "power_meter_no"));

        RegisterLayout layout = RegisterLayout.of(header);

        assertEquals("W1", layout.cell(List.of("", "", "", "", "", "", "", "", "active", "W1", "PM1"), RegisterLayout.WELL_ID));
    }

    @Test
    void verifiesThatAnUnknownOrRepeatedColumnOrAnotherLedgerIsRefusedWithAReason() {
        List<String> unknown = new ArrayList<>(RegisterLayout.LEDGER);
        unknown.add("colour");
        List<String> twice = new ArrayList<>(RegisterLayout.LEDGER);
        twice.addAll(List.of("well_id", "well_id"));
        List<String> translated = new ArrayList<>(RegisterLayout.LEDGER);
        translated.set(1, "unit name");

        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterLayout.of(unknown)).getMessage().contains("unknown column 'colour'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterLayout.of(twice)).getMessage().contains("appears twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterLayout.of(translated)).getMessage().contains("must begin with"));
    }

    @Test
    void verifiesThatTheLegacyWellsHeaderIsStillRead() {
        assertTrue(RegisterLayout.of(List.of("well_id", "unit_id", "status", "status_since")).legacy());
    }

    @Test
    void verifiesThatTheFullHeaderHoldsEveryColumnOnce() {
        assertEquals(RegisterLayout.LEDGER.size() + RegisterLayout.EXTRA.size(), RegisterLayout.of(Arrays.asList(RegisterLayout.FULL_HEADER.split(","))).size());
    }
}
