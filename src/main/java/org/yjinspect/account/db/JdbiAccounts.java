package org.yjinspect.account.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.account.app.Accounts;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.problem.Problem;

/** Accounts in {@code user_account}; set-up tokens in {@code setup_token}. */
public final class JdbiAccounts implements Accounts {
    /** Advisory lock key taken while the first administrator is made, so two set-ups cannot both succeed. */
    private static final long SET_UP_LOCK = 5960;
    private final Jdbi jdbi;

    public JdbiAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<WithPassword> withPassword(Username username) {
        return jdbi.withHandle(h -> h.createQuery("select " + AccountRows.COLUMNS + ", password_hash from user_account"
                        + " where username = :name").bind("name", username.value())
                .map((rs, ctx) -> new WithPassword(AccountRows.account(rs), rs.getString("password_hash"))).findOne());
    }

    @Override
    public Optional<Account> find(Username username) {
        return jdbi.withHandle(h -> h.createQuery("select " + AccountRows.COLUMNS + " from user_account where username"
                + " = :name").bind("name", username.value()).map((rs, ctx) -> AccountRows.account(rs)).findOne());
    }

    @Override
    public List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery("select " + AccountRows.COLUMNS + " from user_account order by"
                + " username").map((rs, ctx) -> AccountRows.account(rs)).list());
    }

    @Override
    public boolean anyActiveAdministrator() {
        return jdbi.withHandle(h -> h.createQuery("select exists (select 1 from user_account where administrator and"
                + " active)").mapTo(Boolean.class).one());
    }

    @Override
    public Account add(Username username, String displayName, String passwordHash, boolean administrator,
                       AccountEvent event) {
        return jdbi.inTransaction(h -> insert(h, username, displayName, passwordHash, administrator, event));
    }

    private static Account insert(Handle h, Username username, String displayName, String passwordHash,
                                  boolean administrator, AccountEvent event) {
        Optional<Account> added = h.createQuery("insert into user_account (username, display_name, password_hash,"
                        + " administrator) values (:name, :display, :hash, :admin) on conflict (username) do nothing"
                        + " returning " + AccountRows.COLUMNS)
                .bind("name", username.value()).bind("display", displayName).bind("hash", passwordHash)
                .bind("admin", administrator).map((rs, ctx) -> AccountRows.account(rs)).findOne();
        Account account = added.orElseThrow(() -> Problem.conflict("there is already an account " + username));
        AccountRows.record(h, event, account.id());
        return account;
    }

    @Override
    public void setActive(long id, boolean active, AccountEvent event) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update user_account set active = :active, changed_at = clock_timestamp() where id = :id")
                    .bind("active", active).bind("id", id).execute();
            if (!active) {
                h.createUpdate("delete from account_session where user_id = :id").bind("id", id).execute();
            }
            AccountRows.record(h, event, null);
        });
    }

    @Override
    public void setPassword(long id, String passwordHash, AccountEvent event) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update user_account set password_hash = :hash, changed_at = clock_timestamp() where id = :id")
                    .bind("hash", passwordHash).bind("id", id).execute();
            h.createUpdate("delete from account_session where user_id = :id").bind("id", id).execute();
            AccountRows.record(h, event, null);
        });
    }

    @Override
    public void changePassword(long id, String passwordHash, byte[] keptSession, AccountEvent event) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update user_account set password_hash = :hash, changed_at = clock_timestamp() where id = :id")
                    .bind("hash", passwordHash).bind("id", id).execute();
            h.createUpdate("delete from account_session where user_id = :id and token_hash <> :kept").bind("id", id)
                    .bind("kept", keptSession == null ? new byte[0] : keptSession).execute();
            AccountRows.record(h, event, null);
        });
    }

    @Override
    public void addSetupToken(byte[] tokenHash, Instant expiresAt, AccountEvent event) {
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into setup_token (token_hash, expires_at) values (:hash, :expires)")
                    .bind("hash", tokenHash).bind("expires", AccountRows.at(expiresAt)).execute();
            AccountRows.record(h, event, null);
        });
    }

    @Override
    public Optional<Account> setUpFirstAdministrator(byte[] tokenHash, Instant now, Username username,
                                                     String passwordHash, AccountEvent event) {
        return jdbi.inTransaction(h -> {
            h.createQuery("select pg_advisory_xact_lock(:key)::text").bind("key", SET_UP_LOCK).mapTo(String.class).one();
            boolean administratorExists = h.createQuery("select exists (select 1 from user_account where"
                    + " administrator and active)").mapTo(Boolean.class).one();
            if (administratorExists) {
                return Optional.<Account>empty();
            }
            int used = h.createUpdate("update setup_token set used_at = :now where token_hash = :hash and used_at is"
                            + " null and expires_at > :now").bind("now", AccountRows.at(now)).bind("hash", tokenHash)
                    .execute();
            if (used != 1) {
                return Optional.<Account>empty();
            }
            return Optional.of(insert(h, username, null, passwordHash, true, event));
        });
    }
}
