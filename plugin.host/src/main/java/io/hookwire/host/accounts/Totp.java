package io.hookwire.host.accounts;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, 6 digits, as every
 * authenticator app computes them. A code is accepted for the step of now and one step either side, to allow for
 * clocks that differ a little; the caller remembers the step it accepted, so that a code cannot be used twice.
 */
public final class Totp {
    /** Seconds per step. */
    public static final int PERIOD = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of now. */
    static final int WINDOW = 1;
    /** Bytes of a new secret: 160 bits, as RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;

    private Totp() {}

    /** A new secret, in Base32. */
    public static String newSecret() {
        return Base32.encode(Tokens.randomBytes(SECRET_BYTES));
    }

    /** The time step of an instant. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD);
    }

    /** The HOTP code of {@code key} at {@code step}, with {@code digits} digits (RFC 4226 §5.3). */
    static String code(byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java platform", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        String code = Long.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }

    /** The 6-digit code of a Base32 secret at an instant. */
    public static String code(String secret, Instant at) {
        return code(Base32.decode(secret), step(at), DIGITS);
    }

    /**
     * The step at which {@code code} is valid for {@code secret}, within one step of {@code now} and after
     * {@code lastUsedStep}; empty when it is not valid (or not 6 digits).
     */
    public static OptionalLong verify(String secret, String code, Instant now, long lastUsedStep) {
        if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(secret);
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI that authenticator apps read (as a QR code, usually). */
    public static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + PERIOD;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
