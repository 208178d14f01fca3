package wellwatch.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered well (取水井), as far as detections need it. The registry holds the full record.
 *
 * @param id well id, e.g. {@code W000123}
 * @param unitId the water user (取用水单位) that owns it, or {@code null} if not yet known
 * @param status administrative status
 * @param statusSince when the status took effect
 */
public record Well(String id, String unitId, WellStatus status, Instant statusSince) {

    public Well {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
