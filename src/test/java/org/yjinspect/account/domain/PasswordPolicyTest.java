package org.yjinspect.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

class PasswordPolicyTest {
    private static final CommonPasswords COMMON = CommonPasswords.load();
    private final PasswordPolicy policy = new PasswordPolicy(COMMON);
    private final Username amira = new Username("amira");

    private Ruling<Verdict> check(String password) {
        return policy.check(amira, password.toCharArray());
    }

    @Test
    void aLongUncommonPasswordIsAllowed() {
        assertThat(check("kettle orbit lantern").allowed()).isTrue();
        assertThat(check("kettle orbit lantern").rule()).isEqualTo(PasswordPolicy.RULE);
    }

    @Test
    void elevenCharactersAreTooFewAndTheReasonSaysHowMany() {
        Ruling<Verdict> ruling = check("abcdefghij!");
        assertThat(ruling.allowed()).isFalse();
        assertThat(ruling.reason()).contains("at least 12 characters").contains("has 11");
        assertThat(check("abcdefghij!x").allowed()).isTrue();
        assertThat(check("ab\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9").allowed()).isTrue();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(COMMON.size()).isGreaterThan(3000);
        for (String common : new String[] {"password1234", "Password1234", "QWERTYUIOP123", "123456789012",
            "liverpool2024", "iloveyou1234"}) {
            Ruling<Verdict> ruling = check(common);
            assertThat(ruling.allowed()).as(common).isFalse();
            assertThat(ruling.reason()).contains("common passwords");
        }
    }

    @Test
    void theUsernameIsNotAPassword() {
        Username longName = new Username("amira.khan.lead");
        assertThat(policy.check(longName, "Amira.Khan.Lead".toCharArray()).reason()).contains("not be the username");
    }

    @Test
    void controlCharactersAndOverlongPasswordsAreRefused() {
        assertThat(check("twelve chars\nnewline").allowed()).isFalse();
        assertThat(check("x".repeat(129)).reason()).contains("at most 128");
    }

    @Test
    void usernamesAreLowerCaseLettersDigitsAndFewMarks() {
        assertThat(new Username("  Amira.K ").value()).isEqualTo("amira.k");
        for (String bad : new String[] {"a", "-amira", "amira khan", "amira@x", "\u202eamira", "x".repeat(41), ""}) {
            assertThatThrownBy(() -> new Username(bad)).as(bad).isInstanceOf(Problem.class);
        }
    }
}
