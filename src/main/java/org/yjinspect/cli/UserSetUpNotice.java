package org.yjinspect.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.yjinspect.Application;
import org.yjinspect.account.app.AccountAdministration;

/**
 * What {@code serve} prints when it starts with no administrator: a one-time set-up link, valid
 * for an hour, to create the first one (or the command that does it from the command line).
 * The token is after "#" so that it stays out of proxies' and servers' request logs.
 */
final class UserSetUpNotice {
    private UserSetUpNotice() {
    }

    static void print(Application app, String baseUrl, PrintWriter out) {
        app.accounts().issueSetUpToken("serve").ifPresent(token -> {
            String until = ZonedDateTime.now(ZoneOffset.UTC).plus(AccountAdministration.SET_UP_VALID)
                    .format(DateTimeFormatter.ofPattern("HH:mm 'UTC'"));
            out.println("No administrator exists yet. Set up the first one before " + until + " with this one-time"
                    + " link:");
            out.println("  " + baseUrl + "/setup#" + token.text());
            out.println("  (the API: POST " + baseUrl + "/api/setup {\"token\": \"" + token.text()
                    + "\", \"username\": ..., \"password\": ...};");
            out.println("   or from the command line: yjinspect user create NAME --administrator)");
        });
    }
}
