package org.yjinspect.account.domain;

import java.time.Duration;
import java.time.Instant;
import org.yjinspect.rules.Ruling;

/**
 * How sign-in is slowed after failures, counted over the last 15 minutes: per account name, the
 * first 5 failures cost nothing, then each further attempt waits 1, 2, 4 ... seconds after the
 * latest failure, never more than 5 minutes; per client address the same after 20 failures (one
 * office behind one address has many people who mistype). Slowing, not locking out: the real owner
 * waits at most 5 minutes after an attacker's latest try, and the count lapses after 15 minutes.
 * The value is how long to wait; zero means go ahead.
 */
public final class SignInThrottlePolicy {
    public static final String RULE = "sign-in throttle";
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int FREE_PER_ACCOUNT = 5;
    public static final int FREE_PER_ADDRESS = 20;
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    /** Failed sign-ins within {@link #WINDOW}: how many, and when the latest was (null when none). */
    public record Failures(int count, Instant latest) {
        public static final Failures NONE = new Failures(0, null);
    }

    public Ruling<Duration> check(Failures forAccount, Failures forAddress, Instant now) {
        Duration account = remaining(forAccount, FREE_PER_ACCOUNT, now);
        Duration address = remaining(forAddress, FREE_PER_ADDRESS, now);
        if (account.isZero() && address.isZero()) {
            return new Ruling<>(Duration.ZERO, RULE, "fewer recent failures than would slow sign-in");
        }
        boolean byAccount = account.compareTo(address) >= 0;
        Duration wait = byAccount ? account : address;
        return new Ruling<>(wait, RULE, (byAccount ? forAccount.count() + " failed sign-ins for this account"
                : forAddress.count() + " failed sign-ins from this address") + " in the last 15 minutes; try again in "
                + seconds(wait));
    }

    private static String seconds(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }

    /** The wait after {@code count} failures: none up to {@code free}, then doubling from one second. */
    static Duration wait(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Duration remaining(Failures failures, int free, Instant now) {
        if (failures.latest() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.latest().plus(wait(failures.count(), free)));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
