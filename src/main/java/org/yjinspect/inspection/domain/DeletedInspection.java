package org.yjinspect.inspection.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What is kept of an inspection that was deleted before it was published: which service it was
 * for, and who deleted it, when and why. Its cases, sample and evidence are gone; its audit
 * trail is kept.
 */
public record DeletedInspection(long id, String serviceName, Instant deletedAt, String deletedBy, String reason) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The sentence shown to anyone who asks for the inspection afterwards. */
    public String explanation() {
        return "inspection " + id + " (" + serviceName + ") was deleted on " + SHOWN.format(deletedAt) + " by "
                + deletedBy + " (reason: " + reason + "); only its audit trail is kept";
    }
}
