package org.yjinspect.account.domain;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (Bouncy Castle), at OWASP's minimum cost: 19 MiB of memory, two
 * passes, one lane, a random 16-byte salt and a 32-byte hash, written as a {@link PhcString}. A
 * check recomputes with the stored string's own parameters and compares in constant time. The
 * time one hash takes on this machine is in docs/accounts.md.
 */
public final class PasswordHasher {
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private final SecureRandom random;
    private final byte[] dummySalt;

    public PasswordHasher(SecureRandom random) {
        this.random = random;
        this.dummySalt = new byte[SALT_BYTES];
        random.nextBytes(dummySalt);
    }

    /** The PHC string of a new hash of {@code password}, with a fresh salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PhcString(MEMORY_KIB, ITERATIONS, PARALLELISM, salt,
                derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES)).text();
    }

    /** Whether {@code password} is the one {@code stored} was made from; false for anything that is not a PHC string. */
    public boolean matches(char[] password, String stored) {
        Optional<PhcString> phc = PhcString.parse(stored);
        if (phc.isEmpty()) {
            return false;
        }
        PhcString p = phc.get();
        byte[] computed = derive(password, p.salt(), p.memoryKib(), p.iterations(), p.parallelism(), p.hash().length);
        return MessageDigest.isEqual(computed, p.hash());
    }

    /**
     * Spends the time of one check without any account behind it, so that signing in as a username
     * that does not exist takes as long as a wrong password for one that does.
     */
    public void spendOneCheck(char[] password) {
        derive(password, dummySalt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib).withIterations(iterations)
                .withParallelism(parallelism).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
