package wellwatch.ingest.power;

import java.util.List;

/**
 * The rows of one upload, in upload order.
 *
 * @param positionName what {@link UploadRow#position()} counts: {@code line} (CSV) or {@code index} (JSON)
 */
public record ParsedUpload(String positionName, List<UploadRow> rows) {

    public static final String LINE = "line";
    public static final String INDEX = "index";

    /** How a row's position reads in a reason: "line 7", "element 3". */
    public String where(int position) {
        return (LINE.equals(positionName) ? "line " : "element ") + position;
    }
}
