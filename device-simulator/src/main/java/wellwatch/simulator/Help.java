package wellwatch.simulator;

import wellwatch.simulator.scenario.ScenarioCatalog;

/** The text of {@code --help}, built from the option and scenario catalogues so that it cannot drift. */
final class Help {

    private Help() {}

    static String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                WellWatch device simulator: simulates the RTUs of many wells and publishes their readings
                (wells/<wellId>/telemetry, MQTT v5) until --count or --duration is reached or Ctrl-C.

                usage: java -jar wellwatch-device-simulator.jar [options]

                options (each also from the environment variable shown):
                """);
        for (OptionSpec spec : SimulatorOptions.SPECS) {
            String head = "--" + spec.name() + (spec.isFlag() ? "" : " " + spec.argument());
            sb.append(String.format("  %-40s %s%n", head, spec.help()));
            if (!spec.env().isEmpty()) {
                sb.append(String.format("  %-40s   default: %s; env: %s%n", "", spec.defaultText(), String.join(", ", spec.env())));
            }
        }
        sb.append("\nscenarios (--scenario NAME[@DELAY]=WELL[,WELL...]; DELAY in simulated time from the start):\n");
        for (ScenarioCatalog.Entry entry : ScenarioCatalog.entries()) {
            sb.append(String.format("  %-26s %s%n", entry.name(), entry.summary()));
        }
        sb.append("""

                output: status lines on stderr; as the last line on stdout one JSON summary:
                  {"sent":N,"acked":N,"failed":N,"wells":N,"seconds":S,"ratePerSec":R}
                exit status: 0 all acknowledged, 3 some failed, 2 bad options, 1 could not run (e.g. broker refused).

                examples:
                  eval "$(deploy/local/infra.sh env)"
                  java -jar wellwatch-device-simulator.jar --wells 300 --interval 1s --duration 10s
                  java -jar wellwatch-device-simulator.jar --wells 300 --interval 5m --time-scale 288 --duration 5m
                  java -jar wellwatch-device-simulator.jar --wells 10000 --count 10 --time-scale max --rate 0
                  java -jar wellwatch-device-simulator.jar --wells 20 --per-device-credentials --scenario sealed-pumping=W000007
                """);
        return sb.toString();
    }
}
