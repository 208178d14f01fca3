package wellwatch.registry.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wellwatch.registry.csv.RegisterLayout.*;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.RegisterCsv;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.permit.QuotaScope;

/** Not a @QuarkusTest: parsing and checking a row needs no database. */
class RowParserTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void verifiesThatAFullRowMapsToTheRegistryInItsUnits() throws IOException {
        // given
        RegisterCsv csv = RegisterCsv.full();
        csv.row().set(NO, "1").set(UNIT_NAME, "长治市某宾馆有限公司").set(INDUSTRY, "住宿业").set(WATER_SOURCE, "地热水")
                .set(PERMITTED, "3.5").set(PLANNED, "3.0").set(ACTUAL, "3.42").set(REMARKS, "自备井1眼；公共管网覆盖区内")
                .set(UNIT_ID, "U0001").set(DISTRICT, "潞州区").set(TOWNSHIP, "东街街道")
                .set(WELL_ID, "W000001").set(STATUS, "封停").set(STATUS_SINCE, "2026/3/15")
                .set(LAT, "36.19").set(LON, "113.12").set(DEPTH_M, "120").set(PIPE_DIAMETER_CM, "25").set(IN_NETWORK_COVERAGE, "是")
                .set(RATED_CAPACITY_M3H, "40").set(REPORTING_INTERVAL_S, "300")
                .set(PERMIT_NO, "取水(晋)字[2021]第0012号").set(PERMIT_USE, "生活").set(PERMIT_VALID_FROM, "2021-01-01").set(PERMIT_VALID_TO, "2026-12-31")
                .set(PLAN_YEAR, "2026")
                .set(FLOW_METER_ID, "FM-0001").set(FLOW_METER_MODEL, "LXS-50").set(FLOW_METER_CALIBRATED_ON, "2025-09-01")
                .set(FLOW_METER_QUALIFIED, "是").set(FLOW_METER_WORKING, "否").set(RTU_ID, "RTU-W000001").set(POWER_METER_NO, "1400123456")
                .set(COEFFICIENT, "4.2").set(COEFFICIENT_SOURCE, "pump_test").set(COEFFICIENT_SINCE, "2025-06-01");

        // when
        RegisterRow row = parseOne(csv);

        // then
        assertEquals(new RegisterRow.Unit("U0001", "长治市某宾馆有限公司", "住宿业", "潞州区", "东街街道"), row.unit());
        assertEquals(WaterSource.GEOTHERMAL, row.waterSource());
        assertEquals(WellStatus.SEALED, row.well().status());
        assertEquals(Instant.parse("2026-03-14T16:00:00Z"), row.well().statusSince(), "a date is the start of that day in Beijing");
        assertEquals(true, row.well().inNetworkCoverage());
        assertEquals(300, row.well().reportingIntervalS());
        assertEquals(QuotaScope.WELL, row.quota().scope(), "a well row's volumes are the well's unless quota_scope says unit");
        assertEquals(35_000.0, row.quota().permittedM3(), "万m3 -> m3");
        assertEquals(30_000.0, row.quota().plannedM3());
        assertEquals(LocalDate.of(2026, 12, 31), row.quota().validTo());
        assertEquals(false, row.meters().flowMeterWorking());
        assertEquals(new RegisterRow.Coefficient(4.2, ConversionCoefficient.Source.PUMP_TEST, Instant.parse("2025-05-31T16:00:00Z")), row.coefficient());
    }

    @Test
    void verifiesThatTheSeedsOwnRowsReadAsUnitsWithUnitPlans() throws IOException {
        // given: the three rows of samples/register-of-water-users.csv, no well columns, the permitted volume left
        // blank (without a permit number it cannot be registered: see the next test)
        String csv = String.join("\n", String.join(",", LEDGER),
                "1,长治市某宾馆有限公司,住宿业,地下水,,3.0,3.42,自备井1眼；公共管网覆盖区内",
                "2,潞州区某洗车行,洗车,地下水,,0.5,,无计量设施",
                "3,某热力公司,供热,地热水,,10.5,11.8,");

        // when
        List<RegisterRow> rows = parseAll(csv);

        // then
        assertEquals(3, rows.size());
        assertNull(rows.get(0).well());
        assertEquals(QuotaScope.UNIT, rows.get(0).quota().scope());
        assertEquals(2026, rows.get(0).quota().planYear(), "plan_year blank: the current year");
        assertEquals(105_000.0, rows.get(2).quota().plannedM3());
    }

    @Test
    void verifiesThatAPermittedVolumeWithoutAPermitNumberIsRefused() {
        // the seed's rows carry 取水许可批复水量 but no certificate number: a permit cannot be registered from them
        String csv = String.join("\n", String.join(",", LEDGER), "1,长治市某宾馆有限公司,住宿业,地下水,3.5,3.0,3.42,");

        FieldException e = assertThrows(FieldException.class, () -> parseAll(csv));
        assertTrue(e.getMessage().contains("needs permit_no"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"})
    void verifiesThatATextCellThatASpreadsheetWouldRunAsAFormulaIsRefused(String cell) {
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某洗车行", "W1").set(REMARKS, cell);

        FieldException e = assertThrows(FieldException.class, () -> parseOne(csv));
        assertEquals(REMARKS, e.field());
        assertTrue(e.getMessage().contains("formula"), e.getMessage());
    }

    @Test
    void verifiesThatAFormulaInTheUnitNameOrAnIdIsRefusedToo() {
        RegisterCsv name = RegisterCsv.full();
        name.well("U1", "=1+2", "W1");
        RegisterCsv id = RegisterCsv.full();
        id.well("U1", "某洗车行", "W1").set(POWER_METER_NO, "@A1");

        assertEquals(UNIT_NAME, assertThrows(FieldException.class, () -> parseOne(name)).field());
        assertEquals(POWER_METER_NO, assertThrows(FieldException.class, () -> parseOne(id)).field());
    }

    @Test
    void verifiesThatNegativeCoordinatesAreNumbersNotFormulas() throws IOException {
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某洗车行", "W1").set(LAT, "-33.9").set(LON, "-70.6");

        RegisterRow row = parseOne(csv);

        assertEquals(-33.9, row.well().lat());
    }

    @Test
    void verifiesThatBadValuesAreRefusedNamingTheColumn() {
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(LAT, "95").done(), LAT, "between -90 and 90");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(DEPTH_M, "1,200").done(), DEPTH_M, "plain number");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(PIPE_DIAMETER_CM, "0").done(), PIPE_DIAMETER_CM, "above 0");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(STATUS, "closed").done(), STATUS, "must be active");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(STATUS, "").done(), STATUS, "is required");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(STATUS_SINCE, "2026-02-30").done(), STATUS_SINCE, "no such date");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(IN_NETWORK_COVERAGE, "maybe").done(), IN_NETWORK_COVERAGE, "是/否");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(WATER_SOURCE, "自来水").done(), WATER_SOURCE, "groundwater");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(PLANNED, "-1").done(), PLANNED, "0 or more");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(WELL_ID, "W 1").done(), WELL_ID, "letters, digits");
        assertRefused(RegisterCsv.full().well("U1", "", "W1").done(), UNIT_NAME, "is required");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").permit("P1", "1").set(PERMIT_VALID_TO, "2019-01-01").done(), PERMIT_VALID_TO,
                "before permit_valid_from");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(COEFFICIENT, "4").done(), COEFFICIENT_SOURCE, "is required");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(COEFFICIENT, "4").set(COEFFICIENT_SOURCE, "guess").done(), COEFFICIENT_SOURCE,
                "pump_test");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(PLAN_YEAR, "2026").done(), PLAN_YEAR, "is blank");
        assertRefused(RegisterCsv.full().well("U1", "某洗车行", "W1").set(FLOW_METER_WORKING, "否").done(), FLOW_METER_WORKING, "needs flow_meter_id");
    }

    @Test
    void verifiesThatWellColumnsOnARowWithoutWellIdAreRefused() {
        RegisterCsv csv = RegisterCsv.full();
        csv.row().set(UNIT_NAME, "某农场").set(POWER_METER_NO, "1400000001");

        FieldException e = assertThrows(FieldException.class, () -> parseOne(csv));
        assertTrue(e.getMessage().contains("give well_id"), e.getMessage());
    }

    @Test
    void verifiesThatARowWithMoreOrFewerCellsThanTheHeaderIsRefused() {
        String csv = String.join(",", LEDGER) + "\n1,某宾馆,住宿业\n";

        FieldException e = assertThrows(FieldException.class, () -> parseAll(csv));
        assertTrue(e.getMessage().contains("expected 8 cells"), e.getMessage());
    }

    @Test
    void verifiesThatUnitScopeVolumesMayRideOnAWellRow() throws IOException {
        RegisterCsv csv = RegisterCsv.full();
        csv.well("U1", "某农场", "W1").set(QUOTA_SCOPE, "unit").permit("P-U1", "12").set(PLANNED, "10");

        RegisterRow row = parseOne(csv);

        assertEquals(QuotaScope.UNIT, row.quota().scope());
        assertEquals(120_000.0, row.quota().permittedM3());
    }

    @Test
    void verifiesThatTheLegacyLayoutReadsWellsWithTheirUnitId() throws IOException {
        List<RegisterRow> rows = parseAll("well_id,unit_id,status,status_since\nW000007,U0002,sealed,2026-03-15T00:00:00Z\n");

        RegisterRow row = rows.get(0);
        assertTrue(row.legacy());
        assertEquals("U0002", row.unit().id());
        assertNull(row.unit().name());
        assertEquals(Instant.parse("2026-03-15T00:00:00Z"), row.well().statusSince());
        assertFalse(row.quota().permittedM3() != null);
    }

    private static void assertRefused(RegisterCsv csv, String column, String reason) {
        FieldException e = assertThrows(FieldException.class, () -> parseOne(csv), column);
        assertEquals(column, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    static RegisterRow parseOne(RegisterCsv csv) throws IOException {
        List<RegisterRow> rows = parseAll(csv.text());
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    static List<RegisterRow> parseAll(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        RegisterLayout layout = RegisterLayout.of(reader.next().cells());
        RowParser parser = new RowParser(layout, 2026, BEIJING);
        List<RegisterRow> rows = new java.util.ArrayList<>();
        for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
            if (!r.blank()) {
                rows.add(parser.parse(r.line(), r.cells()));
            }
        }
        return rows;
    }
}
