package wellwatch.registry.csv;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wellwatch.registry.csv.RegisterLayout.*;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.registry.RegisterCsv;

class FileConsistencyTest {

    @Test
    void verifiesThatAUnitsCellsAndItsUnitWidePermitMayRepeatOnEachOfItsWellsRows() throws IOException {
        // given
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某农场", "W1").set(QUOTA_SCOPE, "unit").permit("P-U1", "12");
        csv.well("U1", "某农场", "W2").set(QUOTA_SCOPE, "unit").permit("P-U1", "12");
        csv.well("U1", "某农场", "W3").set(INDUSTRY, "").set(QUOTA_SCOPE, "unit").set(PERMIT_NO, "P-U1");

        // then: blanks are "not given", never a contradiction
        assertTrue(problems(csv).isEmpty());
    }

    @Test
    void verifiesThatALaterRowContradictingAnEarlierOneIsRefusedNamingTheLine() throws IOException {
        // given
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某农场", "W1").set(INDUSTRY, "农业");
        csv.well("U1", "某农场", "W2").set(INDUSTRY, "洗车");

        // then
        List<String> problems = problems(csv);
        assertTrue(problems.get(0).contains("所属行业 is '洗车' here but '农业' on line 2"), problems.get(0));
    }

    @Test
    void verifiesThatAWellOnTwoRowsOrAPermitOnTwoWellsIsRefused() throws IOException {
        RegisterCsv wellTwice = RegisterCsv.full();
        wellTwice.well("U1", "某农场", "W1");
        wellTwice.well("U1", "某农场", "W1");
        RegisterCsv permitTwice = RegisterCsv.full();
        permitTwice.well("U1", "某农场", "W1").permit("P1", "1");
        permitTwice.well("U1", "某农场", "W2").permit("P1", "1");

        assertTrue(problems(wellTwice).get(0).contains("already on line 2"));
        assertTrue(problems(permitTwice).get(0).contains("permit P1's holder is 'well W2' here but 'well W1'"), problems(permitTwice).get(0));
    }

    @Test
    void verifiesThatARefusedRowDoesNotBindTheRowsAfterIt() throws IOException {
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某农场", "W1").set(INDUSTRY, "农业");
        csv.well("U1", "某农场", "W2").set(INDUSTRY, "洗车");
        csv.well("U1", "某农场", "W3").set(INDUSTRY, "农业");

        assertTrue(problems(csv).size() == 1);
    }

    @Test
    void verifiesThatTwoDifferentUnitsDoNotConstrainEachOther() throws IOException {
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某农场", "W1").set(INDUSTRY, "农业");
        csv.well("U2", "某洗车行", "W2").set(INDUSTRY, "洗车");

        assertNull(problems(csv).isEmpty() ? null : problems(csv).get(0));
    }

    /** Checks the rows in order, accepting those without a contradiction, as the import does. */
    static List<String> problems(RegisterCsv csv) throws IOException {
        FileConsistency consistency = new FileConsistency();
        List<String> problems = new java.util.ArrayList<>();
        for (RegisterRow row : RowParserTest.parseAll(csv.text())) {
            String p = consistency.check(row);
            if (p == null) {
                consistency.accept(row);
            } else {
                problems.add(p);
            }
        }
        return problems;
    }
}
