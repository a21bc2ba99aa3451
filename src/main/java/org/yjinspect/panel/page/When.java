package org.yjinspect.panel.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as inspectors read them: UK local time, day month year. */
public final class When {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private When() {
    }

    public static String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
