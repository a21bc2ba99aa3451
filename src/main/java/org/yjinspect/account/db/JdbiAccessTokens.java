package org.yjinspect.account.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.account.app.AccessTokens;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.Principal;

/**
 * Personal access tokens in {@code access_token}. Using a token moves its last-used time on; the
 * account audit records a token's use once an hour at most, so a script making thousands of calls
 * does not bury the audit.
 */
public final class JdbiAccessTokens implements AccessTokens {
    private static final Duration USE_RECORDED_EVERY = Duration.ofHours(1);
    private static final String COLUMNS = "id, name, created_at, expires_at, last_used_at, revoked_at";
    private final Jdbi jdbi;

    public JdbiAccessTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public TokenInfo add(long userId, String name, byte[] tokenHash, Instant expiresAt, AccountEvent event) {
        return jdbi.inTransaction(h -> {
            TokenInfo info = h.createQuery("insert into access_token (user_id, name, token_hash, expires_at) values"
                            + " (:user, :name, :hash, :expires) returning " + COLUMNS).bind("user", userId)
                    .bind("name", name).bind("hash", tokenHash).bind("expires", AccountRows.at(expiresAt))
                    .map((rs, ctx) -> info(rs)).one();
            AccountRows.record(h, event, null);
            return info;
        });
    }

    @Override
    public List<TokenInfo> of(long userId) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from access_token where user_id = :user"
                + " order by id").bind("user", userId).map((rs, ctx) -> info(rs)).list());
    }

    @Override
    public boolean revoke(long userId, long tokenId, Instant now, AccountEvent event) {
        return jdbi.inTransaction(h -> {
            int revoked = h.createUpdate("update access_token set revoked_at = :now where id = :id and user_id = :user"
                            + " and revoked_at is null").bind("now", AccountRows.at(now)).bind("id", tokenId)
                    .bind("user", userId).execute();
            if (revoked == 1) {
                AccountRows.record(h, event, null);
            }
            return revoked == 1;
        });
    }

    @Override
    public Optional<Principal> resolve(byte[] tokenHash, Instant now, String clientAddress) {
        return jdbi.inTransaction(h -> {
            record Used(long tokenId, String name, Principal owner, Instant lastUsed) {
            }
            Optional<Used> used = h.createQuery("select t.id as token_id, t.name, t.last_used_at, u.id, u.username,"
                            + " u.administrator from access_token t join user_account u on u.id = t.user_id where"
                            + " t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and u.active")
                    .bind("hash", tokenHash).bind("now", AccountRows.at(now))
                    .map((rs, ctx) -> new Used(rs.getLong("token_id"), rs.getString("name"), new Principal(rs.getLong("id"),
                            rs.getString("username"), rs.getBoolean("administrator")), AccountRows.instant(rs,
                            "last_used_at"))).findOne();
            used.ifPresent(u -> {
                h.createUpdate("update access_token set last_used_at = :now where id = :id")
                        .bind("now", AccountRows.at(now)).bind("id", u.tokenId()).execute();
                if (u.lastUsed() == null || u.lastUsed().isBefore(now.minus(USE_RECORDED_EVERY))) {
                    AccountRows.record(h, new AccountEvent(u.owner().userId(), u.owner().username(),
                            AccountEvent.Kind.TOKEN_USED, u.name(), u.owner().username(), clientAddress), null);
                }
            });
            return used.map(Used::owner);
        });
    }

    private static TokenInfo info(ResultSet rs) throws SQLException {
        return new TokenInfo(rs.getLong("id"), rs.getString("name"), AccountRows.instant(rs, "created_at"),
                AccountRows.instant(rs, "expires_at"), AccountRows.instant(rs, "last_used_at"),
                AccountRows.instant(rs, "revoked_at"));
    }
}
