package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.AccountAdministration;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;

/** What serve prints at start: a one-time set-up link while there is no administrator, nothing after. */
@ExtendWith(EmbeddedPostgresExtension.class)
class UserSetUpNoticeTest {
    @Test
    void aServerWithNoAdministratorPrintsALinkWhoseTokenMakesTheFirstOne(Application app) {
        StringWriter printed = new StringWriter();
        UserSetUpNotice.print(app, "http://127.0.0.1:7070", new PrintWriter(printed, true));
        String text = printed.toString();
        assertThat(text).contains("No administrator exists yet").contains("UTC")
                .containsPattern("http://127\\.0\\.0\\.1:7070/setup#[A-Za-z0-9_-]{43}");
        String token = text.replaceAll("(?s).*/setup#([A-Za-z0-9_-]{43}).*", "$1");
        AccountAdministration accounts = app.accounts();
        accounts.setUp(token, new Username("first.admin"), "kettle orbit lantern".toCharArray(), "127.0.0.1");

        StringWriter again = new StringWriter();
        UserSetUpNotice.print(app, "http://127.0.0.1:7070", new PrintWriter(again, true));
        assertThat(again.toString()).isEmpty();
    }
}
