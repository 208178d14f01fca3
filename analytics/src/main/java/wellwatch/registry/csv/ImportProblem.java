package wellwatch.registry.csv;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A row the import refused: the line it starts on and why. */
@RegisterForReflection
public record ImportProblem(int line, String reason) {}
