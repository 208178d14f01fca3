package wellwatch.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command-line option: its name, how --help describes it, and the environment variables that set it
 * when the command line does not ({@code WELLWATCH_SIM_<NAME>} first, then any project-wide fallbacks).
 *
 * @param name option name without dashes, e.g. {@code time-scale}
 * @param argument what the value looks like in --help, {@code null} for a flag
 * @param defaultText the default as --help shows it
 * @param help one line for --help
 * @param env environment variables consulted in order
 * @param repeatable whether the option may be given more than once
 */
public record OptionSpec(String name, String argument, String defaultText, String help, List<String> env, boolean repeatable) {

    public static final String ENV_PREFIX = "WELLWATCH_SIM_";

    public OptionSpec {
        env = List.copyOf(env);
    }

    static OptionSpec value(String name, String argument, String defaultText, String help, String... fallbackEnv) {
        return new OptionSpec(name, argument, defaultText, help, envNames(name, fallbackEnv), false);
    }

    static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, null, "off", help, envNames(name), false);
    }

    /** An option that only the command line may give (no environment variable would make sense). */
    static OptionSpec commandLineOnly(String name, String help) {
        return new OptionSpec(name, null, "off", help, List.of(), false);
    }

    static OptionSpec repeatable(String name, String argument, String help) {
        return new OptionSpec(name, argument, "none", help, envNames(name), true);
    }

    public boolean isFlag() {
        return argument == null;
    }

    public static String envName(String optionName) {
        return ENV_PREFIX + optionName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static List<String> envNames(String name, String... fallbacks) {
        List<String> names = new ArrayList<>();
        names.add(envName(name));
        names.addAll(List.of(fallbacks));
        return names;
    }
}
