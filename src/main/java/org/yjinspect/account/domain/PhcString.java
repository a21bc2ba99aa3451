package org.yjinspect.account.domain;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format, {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, with
 * salt and hash in base64 without padding. Parameters are read back from the string, so hashes
 * made with another cost still verify after the cost is raised. Costs far outside what this
 * program writes are refused, so a tampered row cannot make one check take minutes.
 */
public record PhcString(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    private static final Pattern FORM = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,7}),t=([0-9]{1,2}),p=([0-9]{1,2})\\$([A-Za-z0-9+/]{16,88})\\$([A-Za-z0-9+/]{16,88})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    public PhcString {
        salt = salt.clone();
        hash = hash.clone();
    }

    public static Optional<PhcString> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory < 8 || memory > 1024 * 1024 || iterations < 1 || parallelism < 1 || parallelism > 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PhcString(memory, iterations, parallelism, Base64.getDecoder().decode(m.group(4)),
                    Base64.getDecoder().decode(m.group(5))));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public String text() {
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    @Override
    public String toString() {
        return text();
    }
}
