package org.yjinspect.account.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as the pages show them: UK time, the way GOV.UK writes dates ("1 December 2026 at 2:05pm"). */
public final class Times {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Times() {
    }

    /** The day and time, or "Never" for no moment. */
    public static String at(Instant moment) {
        if (moment == null) {
            return "Never";
        }
        var local = moment.atZone(UK);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** The day only. */
    public static String day(Instant moment) {
        return moment == null ? "Never" : DAY.format(moment.atZone(UK));
    }
}
