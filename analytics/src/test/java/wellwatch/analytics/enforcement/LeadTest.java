package wellwatch.analytics.enforcement;

import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadTest {

    private static final Instant NOW = Instant.parse("2026-11-18T06:30:00Z");
    private static final Lead.Defaults FROM_ALERT = new Lead.Defaults(LeadSource.INSPECTION, Instant.parse("2026-11-17T01:00:00Z"),
            "Well W1 is sealed but pumps", "长治市某宾馆有限公司", "U1", "W1", 7L);

    @Test
    void verifiesThatALeadFromAnAlertTakesTheAlertsFactsUnlessTheBodyOverridesThem() {
        Lead lead = Lead.create(Fields.parse("{\"source\":\"report\",\"description\":\"群众举报夜间抽水\"}", Lead.FIELDS), FROM_ALERT);

        assertEquals(LeadSource.REPORT, lead.source());
        assertEquals("群众举报夜间抽水", lead.description());
        assertEquals(FROM_ALERT.foundAt(), lead.foundAt());
        assertEquals("长治市某宾馆有限公司", lead.subject());
        assertEquals(7L, lead.alertId());
        assertNull(lead.verified());
    }

    @Test
    void verifiesThatAManualLeadNeedsSourceAndDescription() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> Lead.create(Fields.parse("{\"description\":\"x\"}", Lead.FIELDS), Lead.Defaults.manual(NOW)));
        assertEquals("source", e.field());

        e = assertThrows(InvalidFieldException.class, () -> Lead.create(Fields.parse("{\"source\":\"other\",\"description\":\"  \"}", Lead.FIELDS),
                Lead.Defaults.manual(NOW)));
        assertEquals("description", e.field());
    }

    @Test
    void verifiesThatSourcesAreTakenByCodeOrByTheLedgersTerm() {
        Lead lead = Lead.create(Fields.parse("{\"source\":\"移送类\",\"referringDepartment\":\"市公安局\",\"description\":\"d\"}", Lead.FIELDS),
                Lead.Defaults.manual(NOW));

        assertEquals(LeadSource.REFERRAL, lead.source());
        assertEquals(NOW, lead.foundAt());
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> Lead.create(Fields.parse("{\"source\":\"rumour\",\"description\":\"d\"}", Lead.FIELDS), Lead.Defaults.manual(NOW)));
        assertEquals("source", e.field());
    }

    @Test
    void verifiesThatAPatchKeepsAbsentFieldsClearsNullsAndRefusesUnknownOrMalformedOnes() {
        Lead lead = Lead.create(Fields.parse("{\"progress\":\"已约谈\",\"remarks\":\"r\"}", Lead.FIELDS), FROM_ALERT);

        Lead changed = lead.with(Fields.parse("{\"verified\":true,\"remarks\":null,\"closedOn\":\"2026-11-20\"}", Lead.FIELDS));

        assertEquals(true, changed.verified());
        assertNull(changed.remarks());
        assertEquals("已约谈", changed.progress());
        assertEquals(LocalDate.of(2026, 11, 20), changed.closedOn());
        assertFalse(lead.sameContent(changed));
        assertTrue(lead.sameContent(lead.with(Fields.parse("{\"progress\":\"已约谈\"}", Lead.FIELDS))));
        assertEquals("alertId", assertThrows(InvalidFieldException.class, () -> Fields.parse("{\"alertId\":3}", Lead.FIELDS)).field());
        assertEquals("verified", assertThrows(InvalidFieldException.class,
                () -> lead.with(Fields.parse("{\"verified\":\"yes\"}", Lead.FIELDS))).field());
        assertEquals("closedOn", assertThrows(InvalidFieldException.class,
                () -> lead.with(Fields.parse("{\"closedOn\":\"20.11.2026\"}", Lead.FIELDS))).field());
        assertNull(assertThrows(InvalidFieldException.class, () -> Fields.parse("{not json", Lead.FIELDS)).field());
    }

    @Test
    void verifiesThatOpeningACaseFromALeadTakesItsSourceAndIsFiledTodayAndThatClosingBeforeFilingIsRefused() {
        Lead lead = Lead.create(Fields.empty(), FROM_ALERT);
        LocalDate today = LocalDate.of(2026, 11, 18);

        EnforcementCase k = EnforcementCase.create(Fields.parse("{\"enforcingUnit\":\"潞州区水利局\",\"caseName\":\"某宾馆非法取水案\"}",
                Set.of("enforcingUnit", "caseName")), lead, today);

        assertEquals(LeadSource.INSPECTION, k.source());
        assertEquals(today, k.filedOn());
        assertEquals("W1", k.wellId());
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> k.with(Fields.parse("{\"closedOn\":\"2026-11-01\"}", EnforcementCase.FIELDS)));
        assertEquals("closedOn", e.field());
        assertEquals("caseName", assertThrows(InvalidFieldException.class, () -> k.with(Fields.parse("{\"caseName\":null}", EnforcementCase.FIELDS))).field());
    }

    @Test
    void verifiesThatASupervisedCaseTakesNameAndEnforcingUnitFromItsCase() {
        EnforcementCase k = new EnforcementCase(5L, null, "潞州区水利局", "某宾馆非法取水案", LeadSource.REPORT, LocalDate.of(2026, 10, 1), null, null, null,
                null, null, null, null, null, null, null, null);

        SupervisedCase s = SupervisedCase.create(Fields.parse("{\"listingUnit\":\"市专项整治工作专班\"}", SupervisedCase.FIELDS), k, LocalDate.of(2026, 11, 18));

        assertEquals("某宾馆非法取水案", s.caseName());
        assertEquals("潞州区水利局", s.enforcingUnit());
        assertEquals(5L, s.caseId());
        assertEquals("delistedOn", assertThrows(InvalidFieldException.class,
                () -> s.with(Fields.parse("{\"delistedOn\":\"2026-01-01\"}", SupervisedCase.FIELDS))).field());
    }
}
