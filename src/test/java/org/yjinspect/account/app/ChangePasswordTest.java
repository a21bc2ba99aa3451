package org.yjinspect.account.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.TestUsers;

/**
 * Changing one's own password: the current one must be right, the new one pass the policy; the
 * session in use goes on and every other session of the account ends.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ChangePasswordTest {
    private static final String NEW = "kettle orbit lantern meadow";

    private static SecretToken signIn(Application app, String username, String password) {
        SignInOutcome outcome = app.signIn().signIn(new SignInCommand(username, password.toCharArray(), "127.0.0.1",
                null));
        return outcome instanceof SignInOutcome.SignedIn s ? s.session() : null;
    }

    private static PasswordChange change(Application app, Principal who, String current, String replacement,
                                         SecretToken kept) {
        return app.accounts().changePassword(new ChangePasswordCommand(who, current.toCharArray(),
                replacement.toCharArray(), kept.hash(), "127.0.0.1"));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedOnThatFieldAndNothingChanges(Application app) {
        Principal who = TestUsers.account(app, "Gwen").principal();
        SecretToken session = signIn(app, "gwen", TestUsers.PASSWORD);
        PasswordChange refused = change(app, who, "not my password at all", NEW, session);
        assertThat(refused.changed()).isFalse();
        assertThat(refused.field()).isEqualTo(PasswordChange.Field.CURRENT);
        assertThat(refused.reason()).contains("current password is not right");
        assertThat(signIn(app, "gwen", TestUsers.PASSWORD)).isNotNull();
    }

    @Test
    void aNewPasswordThePolicyRefusesIsRefusedWithThePolicysReason(Application app) {
        Principal who = TestUsers.account(app, "Huw").principal();
        SecretToken session = signIn(app, "huw", TestUsers.PASSWORD);
        PasswordChange tooShort = change(app, who, TestUsers.PASSWORD, "short", session);
        assertThat(tooShort.field()).isEqualTo(PasswordChange.Field.REPLACEMENT);
        assertThat(tooShort.reason()).contains("at least 12 characters");
        PasswordChange same = change(app, who, TestUsers.PASSWORD, TestUsers.PASSWORD, session);
        assertThat(same.field()).isEqualTo(PasswordChange.Field.REPLACEMENT);
        assertThat(same.reason()).contains("same as the current one");
    }

    @Test
    void aChangedPasswordSignsInKeepsThisSessionAndEndsTheOthers(Application app) {
        Principal who = TestUsers.account(app, "Ieuan").principal();
        SecretToken here = signIn(app, "ieuan", TestUsers.PASSWORD);
        SecretToken elsewhere = signIn(app, "ieuan", TestUsers.PASSWORD);
        assertThat(change(app, who, TestUsers.PASSWORD, NEW, here).changed()).isTrue();
        assertThat(app.signIn().session(here.text())).isPresent();
        assertThat(app.signIn().session(elsewhere.text())).isEmpty();
        assertThat(signIn(app, "ieuan", TestUsers.PASSWORD)).isNull();
        assertThat(signIn(app, "ieuan", NEW)).isNotNull();
    }
}
