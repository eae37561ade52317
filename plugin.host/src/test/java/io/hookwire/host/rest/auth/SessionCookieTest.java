package io.hookwire.host.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The session cookie's attributes; HTTPS (Secure) cannot be reached by the HTTP integration tests. */
class SessionCookieTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void overHttpsTheCookieIsSecure() {
        assertThat(SessionCookie.set("abc", NOW.plusSeconds(3600), NOW, true))
                .isEqualTo("hookwire_session=abc; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax; Secure");
    }

    @Test
    void overHttpItIsNotAndClearingSetsMaxAgeZero() {
        assertThat(SessionCookie.set("abc", NOW.plusSeconds(90), NOW, false))
                .isEqualTo("hookwire_session=abc; Path=/; Max-Age=90; HttpOnly; SameSite=Lax");
        assertThat(SessionCookie.clear(false)).isEqualTo("hookwire_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        assertThat(SessionCookie.set("abc", NOW.minusSeconds(5), NOW, false)).contains("Max-Age=0;");
    }
}
