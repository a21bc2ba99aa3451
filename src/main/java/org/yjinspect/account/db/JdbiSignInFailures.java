package org.yjinspect.account.db;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.account.app.SignInFailures;
import org.yjinspect.account.domain.SignInThrottlePolicy.Failures;

/** Failed sign-ins in {@code sign_in_failure}; rows older than the throttle's window are swept as new ones come. */
public final class JdbiSignInFailures implements SignInFailures {
    private final Jdbi jdbi;

    public JdbiSignInFailures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Failures forUsername(String username, Instant since) {
        return count("username", username, since);
    }

    @Override
    public Failures forAddress(String clientAddress, Instant since) {
        return count("client_address", clientAddress, since);
    }

    private Failures count(String column, String value, Instant since) {
        // column is one of two names fixed above, never input.
        return jdbi.withHandle(h -> h.createQuery("select count(*) as n, max(failed_at) as latest from sign_in_failure"
                        + " where " + column + " = :value and failed_at > :since").bind("value", value)
                .bind("since", AccountRows.at(since))
                .map((rs, ctx) -> new Failures(rs.getInt("n"), AccountRows.instant(rs, "latest"))).one());
    }

    @Override
    public void record(String username, String clientAddress, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from sign_in_failure where failed_at < :old")
                    .bind("old", AccountRows.at(at.minus(org.yjinspect.account.domain.SignInThrottlePolicy.WINDOW)))
                    .execute();
            h.createUpdate("insert into sign_in_failure (username, client_address, failed_at) values (:name, :address,"
                    + " :at)").bind("name", username).bind("address", clientAddress).bind("at", AccountRows.at(at))
                    .execute();
        });
    }

    @Override
    public void clear(String username) {
        jdbi.useHandle(h -> h.createUpdate("delete from sign_in_failure where username = :name")
                .bind("name", username).execute());
    }
}
