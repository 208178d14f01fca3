package wellwatch.registry.unit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.WaterSource;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.Text;

/**
 * A water user (取用水单位) as registered.
 *
 * @param id unit id, e.g. {@code U0001}
 * @param name registered name, e.g. {@code 长治市某宾馆有限公司}
 * @param industry e.g. 住宿业 (hotels), 洗车 (car wash), 教育 (school), 农业 (farm), 制造业 (factory)
 * @param district district or county (区/县)
 * @param township township or street (乡镇/街道)
 * @param waterSource the source the register of water users names for the unit, or {@code null}
 * @param remarks the register's remarks (备注)
 */
@RegisterForReflection
public record UnitRecord(
        String id, String name, String industry, String district, String township, WaterSource waterSource, String remarks) {

    public UnitRecord {
        Text.id("unitId", id);
        FieldException.required("unitId", id);
        FieldException.required("name", name);
    }

    /** A unit known by id only (e.g. named by a legacy wells CSV): its name is its id until completed. */
    public static UnitRecord byIdOnly(String id) {
        return new UnitRecord(id, id, null, null, null, null, null);
    }
}
