package wellwatch.registry.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wellwatch.registry.api.RegistryException;

/** The body decoding of {@code POST /api/registry/import}; not a @QuarkusTest. */
class ImportResourceTest {

    @Test
    void verifiesThatTheBodyIsUtf8UnlessTheContentTypeNamesAnotherCharset() {
        assertEquals(StandardCharsets.UTF_8, ImportResource.charset("text/csv"));
        assertEquals(StandardCharsets.UTF_8, ImportResource.charset(null));
        assertEquals(Charset.forName("GB18030"), ImportResource.charset("text/csv; charset=GB18030"));
        assertEquals(Charset.forName("GBK"), ImportResource.charset("text/csv;charset=\"gbk\""));
    }

    @Test
    void verifiesThatAFileFromExcelsPlainCsvDecodesAsGb18030() {
        byte[] gb = "单位名称".getBytes(Charset.forName("GB18030"));

        assertEquals("单位名称", ImportResource.decode(gb, Charset.forName("GB18030")));
    }

    @Test
    void verifiesThatBytesThatAreNotUtf8AreRefusedNotReplaced() {
        byte[] gb = "单位名称".getBytes(Charset.forName("GB18030"));

        RegistryException e = assertThrows(RegistryException.class, () -> ImportResource.decode(gb, StandardCharsets.UTF_8));
        assertEquals(400, e.status());
        assertEquals("charset", e.field());
    }

    @Test
    void verifiesThatAnUnknownCharsetIsA400() {
        assertEquals(400, assertThrows(RegistryException.class, () -> ImportResource.charset("text/csv; charset=klingon")).status());
    }
}
