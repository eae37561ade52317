package io.hookwire.host.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Secrets handed to clients (session cookies, reset tokens) and what the database keeps of them: only their SHA-256,
 * so that a copy of the database opens no session. A token has 256 random bits, so a fast hash is enough (a slow
 * hash guards guessable secrets such as passwords).
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new secret token: 32 random bytes, Base64url without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new random id (a UUID), for users, teams and sessions. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The hex SHA-256 of a token, as the database keeps it. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether a client's token has the shape of one of ours; anything else is not worth a database query. */
    public static boolean plausible(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(Tokens::base64url);
    }

    private static boolean base64url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Fills an array with random bytes. */
    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
