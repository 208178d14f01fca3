package wellwatch.analytics.rules;

import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.registry.Well;

/**
 * Non-compliant metering (应当安装计量设施而未安装 / 计量设施不合格): a well that must have a working, qualified
 * flow meter (a pipe of at least 20 cm, or a permit of at least 50,000 m3/yr, by default) has none registered,
 * or its meter is registered as not working. A registry check: run it when the registry is (re)loaded, not
 * per reading ({@link Detector#review}). Sealed and cancelled wells are exempt.
 */
public final class MeteringComplianceRule {

    private final DetectionSettings.MeteringRequirement settings;
    private final String rule;

    public MeteringComplianceRule(DetectionSettings.MeteringRequirement settings) {
        this.settings = settings;
        this.rule = "metering: pipe >= " + Evidence.format(settings.minPipeDiameterCm(), 1) + " cm or permit >= "
                + Evidence.format(settings.minPermittedM3(), 0) + " m3/yr requires a working flow meter";
    }

    public Optional<Finding> check(Well well, Instant asOf) {
        if (well.status().isClosed() || well.metering().hasWorkingFlowMeter()) {
            return Optional.empty();
        }
        boolean widePipe = well.pipeDiameterCm() != null && well.pipeDiameterCm() >= settings.minPipeDiameterCm();
        boolean largePermit = well.permit() != null && well.permit().annualVolumeM3() >= settings.minPermittedM3();
        if (!widePipe && !largePermit) {
            return Optional.empty();
        }
        String problem = well.metering().flowMeterId() == null ? "no_flow_meter" : "flow_meter_not_working";
        Evidence evidence = Evidence.of()
                .put("problem", problem)
                .put("flowMeterId", well.metering().flowMeterId())
                .put("pipeDiameterCm", well.pipeDiameterCm())
                .put("requiredFromPipeCm", settings.minPipeDiameterCm())
                .put("permitNumber", well.permit() == null ? null : well.permit().number())
                .put("permittedM3", well.permit() == null ? Double.NaN : well.permit().annualVolumeM3())
                .put("requiredFromPermitM3", settings.minPermittedM3())
                .put("requiredBecause", widePipe && largePermit ? "pipe_and_permit" : widePipe ? "pipe" : "permit");
        String because = widePipe ? "its pipe is " + Evidence.format(well.pipeDiameterCm(), 1) + " cm" : "";
        if (largePermit) {
            because += (because.isEmpty() ? "" : " and ") + "it is permitted " + Evidence.format(well.permit().annualVolumeM3(), 0) + " m3/yr";
        }
        return Optional.of(new Finding(AlertType.METERING_NON_COMPLIANT, well.id(), asOf, rule,
                "Well " + well.id() + " must have a working flow meter (" + because + ") but "
                        + (problem.equals("no_flow_meter") ? "none is registered" : "meter " + well.metering().flowMeterId() + " is not working"),
                evidence.map()));
    }
}
