package wellwatch.registry.metering;

import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.Text;

/** One line of the well-power table (井电对应): the utility's meter number and the one well it supplies. */
@RegisterForReflection
public record PowerMeterRecord(String meterNo, String wellId) {

    public PowerMeterRecord {
        FieldException.required("meterNo", Text.id("meterNo", meterNo));
        FieldException.required("wellId", Text.id("wellId", wellId));
    }
}
