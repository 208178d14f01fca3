package wellwatch.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a set of {@link OptionSpec}s, taken from the arguments ({@code --name value} or
 * {@code --name=value}), else from the environment, else absent (the caller applies defaults). A repeatable
 * option set through the environment takes several values separated by {@code ;}.
 */
public final class CommandLine {

    private final Map<String, OptionSpec> specs = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    private CommandLine(List<OptionSpec> specs) {
        specs.forEach(s -> this.specs.put(s.name(), s));
    }

    public static CommandLine parse(List<OptionSpec> specs, String[] args, Map<String, String> env) throws UsageException {
        CommandLine cl = new CommandLine(specs);
        cl.readArguments(args);
        cl.readEnvironment(env);
        return cl;
    }

    private void readArguments(String[] args) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (options start with --; see --help)");
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            OptionSpec spec = specs.get(name);
            if (spec == null) {
                throw new UsageException("unknown option --" + name + " (see --help)");
            }
            String value;
            if (spec.isFlag()) {
                value = eq < 0 ? "true" : arg.substring(eq + 1);
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value: " + spec.argument());
            }
            if (!spec.repeatable() && values.containsKey(name)) {
                throw new UsageException("--" + name + " is given twice");
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            origins.put(name, "--" + name);
        }
    }

    private void readEnvironment(Map<String, String> env) {
        for (OptionSpec spec : specs.values()) {
            if (values.containsKey(spec.name())) {
                continue;
            }
            for (String var : spec.env()) {
                String value = env.get(var);
                if (value != null && !value.isBlank()) {
                    List<String> list = new ArrayList<>();
                    if (spec.repeatable()) {
                        for (String part : value.split(";")) {
                            if (!part.isBlank()) {
                                list.add(part.strip());
                            }
                        }
                    } else {
                        list.add(value.strip());
                    }
                    values.put(spec.name(), list);
                    origins.put(spec.name(), var);
                    break;
                }
            }
        }
    }

    public Optional<String> value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean flag(String name) throws UsageException {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get().toLowerCase()) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new UsageException(origin(name) + " must be true or false, got '" + v.get() + "'");
        };
    }

    /** Where the value came from, for error messages: {@code --wells} or {@code WELLWATCH_SIM_WELLS}. */
    public String origin(String name) {
        return origins.getOrDefault(name, "--" + name);
    }
}
