package org.yjinspect.account.domain;

import java.util.Objects;

/**
 * One line of the account audit: what happened to or with an account (created, disabled, signed
 * in, a failed or slowed sign-in, a token made or used, a request refused by the access policy), who did it and from which address.
 * {@code userId} is null when no account is behind it (a failed sign-in for an unknown name).
 */
public record AccountEvent(Long userId, String username, Kind kind, String detail, String actor,
                           String clientAddress) {
    /** What happened, as the audit names it. */
    public enum Kind {
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, FIRST_ADMINISTRATOR_SET_UP,
        SET_UP_LINK_ISSUED, SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGNED_OUT,
        SIGNED_OUT_EVERYWHERE, TOKEN_CREATED, TOKEN_USED, TOKEN_REVOKED, ACCESS_REFUSED;

        public String label() {
            String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            return words.startsWith("sign in ") || words.startsWith("set up ") && this != FIRST_ADMINISTRATOR_SET_UP
                    ? words.replaceFirst(" ", "-") : words;
        }
    }

    public AccountEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
    }
}
