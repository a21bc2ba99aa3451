package org.yjinspect.account.app;

import java.util.Objects;
import org.yjinspect.account.domain.DisplayName;
import org.yjinspect.account.domain.Username;

/**
 * A new account, as an administrator asks for it: username, optional display name, the password
 * (checked against the password policy by the use case) and whether it is an administrator.
 * {@code actor} is who asks, as the account audit records it.
 */
public record CreateAccountCommand(Username username, String displayName, char[] password, boolean administrator,
                                   String actor) {
    public CreateAccountCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(actor, "actor");
        displayName = DisplayName.checked(displayName);
    }

    public static CreateAccountCommand of(String username, String displayName, char[] password, boolean administrator,
                                          String actor) {
        return new CreateAccountCommand(new Username(username), displayName, password, administrator, actor);
    }
}
