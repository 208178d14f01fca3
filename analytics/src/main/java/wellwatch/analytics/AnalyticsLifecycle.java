package wellwatch.analytics;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import wellwatch.analytics.rules.Detector;
import wellwatch.contract.TopicSetup;
import wellwatch.contract.alert.AlertEvent;
import wellwatch.registry.Well;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.audit.AuditTrail;
import wellwatch.registry.csv.ImportResult;
import wellwatch.registry.csv.RegistryImport;

/** Wires the plain-Java detections from config and prepares topics and the registry at start-up. */
@ApplicationScoped
@RegisterForReflection(targets = {AlertEvent.class, Well.class})
public class AnalyticsLifecycle {

    private static final Logger LOG = Logger.getLogger(AnalyticsLifecycle.class);

    @Produces
    @Singleton
    Detector detector(DetectionConfig config) {
        return new Detector(config.toSettings());
    }

    void onStart(
            @Observes StartupEvent event,
            AnalyticsConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            RegistryImport registryImport,
            WellDirectory wells) throws Exception {
        TopicSetup.ensure(bootstrapServers, config.kafka().partitions(), (short) 1);
        if (config.registry().seedFile().isPresent()) {
            Path seed = Path.of(config.registry().seedFile().get());
            ImportResult result = registryImport.importFile(seed, AuditTrail.SYSTEM_SEED);
            LOG.infof("Registry seeded from %s: %d rows applied (%d changed), %d refused %s", seed, result.applied(), result.changed(),
                    result.problems().size(), result.problems());
        }
        wells.reload();
        LOG.infof("Well directory loaded: %d registered wells, %d units", wells.size(), wells.units().size());
    }
}
