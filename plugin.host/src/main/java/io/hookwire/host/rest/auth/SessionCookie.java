package io.hookwire.host.rest.auth;

import java.time.Duration;
import java.time.Instant;

import io.hookwire.host.bouncer.CallerFilter;

/**
 * The {@code Set-Cookie} values of the session cookie: HttpOnly (no script reads it), SameSite=Lax (no other site's
 * form posts it), Path=/, Max-Age to the session's end, and Secure when the request came over HTTPS. Written by hand
 * because JAX-RS 2.1's NewCookie knows no SameSite.
 */
public final class SessionCookie {
    private SessionCookie() {}

    /** The cookie that carries a session's secret until {@code expiresAt}. */
    public static String set(String token, Instant expiresAt, Instant now, boolean secure) {
        long seconds = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        return CallerFilter.COOKIE + "=" + token + attributes(seconds, secure);
    }

    /** The cookie that makes the browser forget the session. */
    public static String clear(boolean secure) {
        return CallerFilter.COOKIE + "=" + attributes(0, secure);
    }

    private static String attributes(long maxAge, boolean secure) {
        return "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
