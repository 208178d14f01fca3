package wellwatch.ingest.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadReportTest {

    @Test
    void verifiesTheReportNamesPositionsAsLinesForCsvAndIndexesForJson() {
        List<UploadScreen.Rejection> rejected = List.of(new UploadScreen.Rejection(3, "kwh is empty"));

        assertEquals("{\"batch\":\"b\",\"received\":4,\"accepted\":2,\"duplicates\":1,\"rejected\":[{\"line\":3,\"reason\":\"kwh is empty\"}],"
                        + "\"unknownMeters\":[\"M9\"]}",
                text(new UploadReport("b", 4, 2, 1, ParsedUpload.LINE, rejected, List.of("M9")).toJson()));
        assertTrue(text(new UploadReport("b", 4, 2, 1, ParsedUpload.INDEX, rejected, List.of()).toJson()).contains("[{\"index\":3,"));
    }

    @Test
    void verifiesThatTheUtilitysBatchReferenceIsKeptWhenSafeAndGeneratedOtherwise() {
        assertEquals("2026-05-01_day.1", PowerUpload.batch("2026-05-01_day.1"));
        assertTrue(PowerUpload.batch(null).matches("upload-\\d{8}T\\d{6}Z-[0-9a-f]{8}"), PowerUpload.batch(null));
        assertEquals(400, assertThrows(UploadRefused.class, () -> PowerUpload.batch("=cmd|' /C calc'!A0")).status());
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
