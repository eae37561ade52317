package io.hookwire.webconsole;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that prove a form was served by this console to this user. Browsers send Basic credentials with every
 * request to the console, including one that another site's page makes them send, and the Web Console 5 has no
 * protection of its own against that; so every state-changing form carries one of these.
 *
 * <p>A token is {@code <issued epoch second>.<HMAC-SHA256(key, user, issued)>}: nothing is stored, it is bound to
 * the user it was issued to, and it expires after {@link #LIFETIME}. The key is random and lives as long as the
 * page component, so a restart of the console bundle expires every form (the operator reloads the page).
 *
 * <p>Thread-safe.
 */
final class CsrfTokens {
    /** The form field that carries the token. */
    static final String FIELD = "hookwire-csrf";
    /** How long a served form stays usable. */
    static final Duration LIFETIME = Duration.ofHours(8);
    /** Tolerated clock difference for a token that seems to come from the future (never, on one node). */
    private static final long SKEW_SECONDS = 60;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key = new byte[32];
    private final Clock clock;

    CsrfTokens(SecureRandom random, Clock clock) {
        random.nextBytes(key);
        this.clock = clock;
    }

    /** A fresh token for the forms of a page served to {@code user}. */
    String issue(String user) {
        long issued = clock.instant().getEpochSecond();
        return issued + "." + mac(user, issued);
    }

    /** Whether {@code token} was issued to {@code user} by this instance and has not expired. */
    boolean valid(String token, String user) {
        if (token == null || user == null) {
            return false;
        }
        int dot = token.indexOf('.');
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, Math.max(dot, 0)));
        } catch (NumberFormatException e) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < -SKEW_SECONDS || age > LIFETIME.toSeconds()) {
            return false;
        }
        byte[] expected = mac(user, issued).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given); // constant time: no timing oracle on the MAC
    }

    private String mac(String user, long issued) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe: one per call
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] digest = mac.doFinal((user + "\n" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e); // every Java SE has it
        }
    }
}
