package org.yjinspect.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void aHashIsAnArgon2idPhcStringAtOwaspsMinimumCostAndVerifiesOnlyItsOwnPassword() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSaltSoTheSamePasswordHashesDifferently() {
        String first = hasher.hash("the same password".toCharArray());
        String second = hasher.hash("the same password".toCharArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(PhcString.parse(first).orElseThrow().salt()).hasSize(16);
    }

    @Test
    void aHashMadeByTheReferenceArgon2ProgramVerifiesWithItsOwnParameters() {
        // Made with the reference implementation's command-line program (Debian package argon2):
        // echo -n "correct horse battery" | argon2 saltsaltsaltsalt -id -t 2 -m 10 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc";
        assertThat(PhcString.parse(reference)).hasValueSatisfying(p -> {
            assertThat(p.memoryKib()).isEqualTo(1024);
            assertThat(p.iterations()).isEqualTo(2);
            assertThat(p.salt()).isEqualTo("saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(p.text()).isEqualTo(reference);
        });
        assertThat(hasher.matches("correct horse battery".toCharArray(), reference)).isTrue();
        assertThat(hasher.matches("correct horse battera".toCharArray(), reference)).isFalse();
        // ... and at this program's own cost (-k 19456 instead of -m 10).
        assertThat(hasher.matches("correct horse battery".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=1"
                + "$c2FsdHNhbHRzYWx0c2FsdA$iPOQ5f2O21FsjnBvo1AiFcDuSXciCnKUrXFO+yfgNoM")).isTrue();
    }

    @Test
    void anythingThatIsNotAPlausibleArgon2idStringNeverMatches() {
        String salt = Base64.getEncoder().withoutPadding().encodeToString(new byte[16]);
        String hash = Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
        for (String bad : new String[] {null, "", "plain text", "$argon2i$v=19$m=19456,t=2,p=1$" + salt + "$" + hash,
            "$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + hash, "$argon2id$v=19$m=9999999,t=2,p=1$" + salt + "$" + hash,
            "$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + hash, "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$",
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash + "$extra"}) {
            assertThat(PhcString.parse(bad)).as(bad).isEmpty();
            assertThat(hasher.matches("password".toCharArray(), bad)).as(bad).isFalse();
        }
    }

    /**
     * An unknown username costs the same as a wrong password because the check spent on it derives
     * a key with the very cost every stored hash has (the time itself is measured in
     * docs/benchmarks.md, never asserted here: this machine is shared).
     */
    @Test
    void theCheckSpentOnAnUnknownUserHasTheCostOfEveryStoredHash() {
        PhcString stored = PhcString.parse(hasher.hash("warm up the generator".toCharArray())).orElseThrow();
        assertThat(stored.memoryKib()).isEqualTo(PasswordHasher.MEMORY_KIB);
        assertThat(stored.iterations()).isEqualTo(PasswordHasher.ITERATIONS);
        assertThat(stored.parallelism()).isEqualTo(PasswordHasher.PARALLELISM);
        hasher.spendOneCheck("wrong password here".toCharArray());
    }
}
