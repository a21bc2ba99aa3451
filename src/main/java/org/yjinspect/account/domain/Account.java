package org.yjinspect.account.domain;

import java.time.Instant;
import java.util.Objects;

/** An account as administrators see it; the password hash never leaves the store. */
public record Account(long id, String username, String displayName, boolean administrator, boolean active,
                      Instant createdAt) {
    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Principal principal() {
        return new Principal(id, username, administrator);
    }
}
