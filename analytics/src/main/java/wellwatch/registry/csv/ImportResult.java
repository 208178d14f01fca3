package wellwatch.registry.csv;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What an import did.
 *
 * @param applied rows accepted (whether or not they changed anything)
 * @param changed rows that changed the registry (0 when the same file is imported again)
 * @param problems refused rows, by line
 */
@RegisterForReflection
public record ImportResult(int applied, int changed, List<ImportProblem> problems) {}
