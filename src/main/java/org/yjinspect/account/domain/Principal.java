package org.yjinspect.account.domain;

import java.util.Objects;

/**
 * Who a request comes from, once its session cookie or bearer token has been checked: the
 * account's id, its username and whether it is an administrator.
 */
public record Principal(long userId, String username, boolean administrator) {
    public Principal {
        Objects.requireNonNull(username, "username");
    }
}
