package wellwatch.analytics.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/** The bureau's calendar: {@code wellwatch.bureau.*} (application.properties). */
@ConfigMapping(prefix = "wellwatch.bureau")
public interface BureauConfig {

    /** The bureau's time zone: "today" for filing dates, ledger years, the weekly report's deadline. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** The weekly report (周报) is due on this day... */
    @WithDefault("FRIDAY")
    DayOfWeek weeklyReportDay();

    /** ...before this time, local: it covers the seven days up to then. */
    @WithDefault("10:00")
    LocalTime weeklyReportTime();
}
