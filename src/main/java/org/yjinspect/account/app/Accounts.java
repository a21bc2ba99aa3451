package org.yjinspect.account.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.Username;

/**
 * Where accounts are kept. Every change writes its account audit event in the same transaction,
 * and disabling an account or resetting its password ends its sessions in that transaction too.
 */
public interface Accounts {
    /** An account with its stored password hash, for signing in. */
    record WithPassword(Account account, String passwordHash) {
    }

    Optional<WithPassword> withPassword(Username username);

    Optional<Account> find(Username username);

    List<Account> all();

    boolean anyActiveAdministrator();

    /** Adds the account; a conflict problem when the username is taken. */
    Account add(Username username, String displayName, String passwordHash, boolean administrator, AccountEvent event);

    /** Makes the account active or not; disabling ends its sessions at once. */
    void setActive(long id, boolean active, AccountEvent event);

    /** Replaces the password hash and ends the account's sessions. */
    void setPassword(long id, String passwordHash, AccountEvent event);

    /** Replaces the password hash and ends the account's sessions except {@code keptSession} (the hash of the one in use). */
    void changePassword(long id, String passwordHash, byte[] keptSession, AccountEvent event);

    void addSetupToken(byte[] tokenHash, Instant expiresAt, AccountEvent event);

    /**
     * Creates the first administrator if the set-up token is valid (known, unused, unexpired) and
     * no administrator exists yet, using the token up; empty otherwise, with nothing changed.
     */
    Optional<Account> setUpFirstAdministrator(byte[] tokenHash, Instant now, Username username, String passwordHash,
                                              AccountEvent event);
}
