package org.yjinspect.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A random 256-bit secret (session, access or set-up token), shown once as 43 base64url
 * characters and stored only as its SHA-256: a stolen database copy holds no usable token.
 */
public record SecretToken(String text) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static SecretToken random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code text} has a token's form; anything else is not looked up at all. */
    public static boolean wellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    public byte[] hash() {
        return sha256(text);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[hidden]";
    }
}
