package wellwatch.ingest.power;

import java.util.List;
import wellwatch.contract.Json;

/**
 * What the utility gets back for an upload; {@code received = accepted + duplicates + rejected.size()}.
 *
 * @param batch the batch the accepted readings carry
 * @param received data rows in the upload
 * @param accepted rows now on Kafka (and being stored)
 * @param duplicates rows with the same interval and values as one already stored or earlier in the upload
 * @param positionName {@code line} (CSV) or {@code index} (JSON): what a rejection's position counts
 * @param rejected refused rows, with their reason
 * @param unknownMeters meters of accepted or duplicate rows the registry does not tie to a well
 */
public record UploadReport(
        String batch, int received, int accepted, int duplicates, String positionName, List<UploadScreen.Rejection> rejected, List<String> unknownMeters) {

    public byte[] toJson() {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("batch", batch);
            g.writeNumberField("received", received);
            g.writeNumberField("accepted", accepted);
            g.writeNumberField("duplicates", duplicates);
            g.writeArrayFieldStart("rejected");
            for (UploadScreen.Rejection r : rejected) {
                g.writeStartObject();
                g.writeNumberField(positionName, r.position());
                g.writeStringField("reason", r.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unknownMeters");
            for (String meter : unknownMeters) {
                g.writeString(meter);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The body of a refused request. */
    public static byte[] error(String message) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }
}
