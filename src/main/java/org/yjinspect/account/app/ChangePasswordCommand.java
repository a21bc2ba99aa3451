package org.yjinspect.account.app;

import java.util.Objects;
import org.yjinspect.account.domain.Principal;

/**
 * Someone changing their own password: who they are, the password they have now, the new one,
 * the hash of the session they are using (kept; their other sessions end) and where they are.
 */
public record ChangePasswordCommand(Principal who, char[] current, char[] replacement, byte[] keptSession,
                                    String clientAddress) {
    public ChangePasswordCommand {
        Objects.requireNonNull(who, "who");
        current = current == null ? new char[0] : current;
        replacement = replacement == null ? new char[0] : replacement;
    }
}
