package org.yjinspect.account.db;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.account.app.Sessions;
import org.yjinspect.account.domain.Principal;

/**
 * Sessions in {@code account_session}. A session is found, and its last-seen time moved on, in one
 * statement, only while it is within both limits and its account is active; expired rows are
 * swept when a session starts.
 */
public final class JdbiSessions implements Sessions {
    private final Jdbi jdbi;

    public JdbiSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void start(byte[] tokenHash, long userId, Instant now, Instant expiresAt) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from account_session where expires_at <= :now").bind("now", AccountRows.at(now))
                    .execute();
            h.createUpdate("insert into account_session (token_hash, user_id, created_at, last_seen_at, expires_at)"
                            + " values (:hash, :user, :now, :now, :expires)").bind("hash", tokenHash).bind("user", userId)
                    .bind("now", AccountRows.at(now)).bind("expires", AccountRows.at(expiresAt)).execute();
        });
    }

    @Override
    public Optional<Principal> resolve(byte[] tokenHash, Instant now, Duration idle) {
        return jdbi.withHandle(h -> h.createQuery("update account_session s set last_seen_at = :now from user_account u"
                        + " where s.token_hash = :hash and u.id = s.user_id and u.active and s.expires_at > :now"
                        + " and s.last_seen_at > :idleSince returning u.id, u.username, u.administrator")
                .bind("now", AccountRows.at(now)).bind("hash", tokenHash).bind("idleSince", AccountRows.at(now.minus(idle)))
                .map((rs, ctx) -> new Principal(rs.getLong("id"), rs.getString("username"), rs.getBoolean("administrator")))
                .findOne());
    }

    @Override
    public void end(byte[] tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("delete from account_session where token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    @Override
    public int endAll(long userId) {
        return jdbi.withHandle(h -> h.createUpdate("delete from account_session where user_id = :user")
                .bind("user", userId).execute());
    }
}
