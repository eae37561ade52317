package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    private final MutableClock clock = new MutableClock();
    private final CsrfTokens tokens = new CsrfTokens(new SecureRandom(), clock);

    @Test
    void aTokenIsValidForTheUserItWasIssuedToUntilItExpires() {
        String token = tokens.issue("ada");
        assertThat(tokens.valid(token, "ada")).isTrue();
        assertThat(tokens.valid(token, "eve")).isFalse();
        clock.advance(CsrfTokens.LIFETIME);
        assertThat(tokens.valid(token, "ada")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.valid(token, "ada")).isFalse();
    }

    @Test
    void anotherInstancesTokensAndMalformedTokensAreRefused() {
        String token = tokens.issue("ada");
        assertThat(new CsrfTokens(new SecureRandom(), clock).valid(token, "ada")).isFalse();
        String issued = token.substring(0, token.indexOf('.'));
        String later = (Long.parseLong(issued) + 3600) + token.substring(token.indexOf('.'));
        assertThat(tokens.valid(later, "ada")).as("the time is part of the MAC").isFalse();
        for (String bad : new String[] {null, "", ".", "abc", "1.", ".abc", "x.y", token + "A"}) {
            assertThat(tokens.valid(bad, "ada")).as(bad).isFalse();
        }
        assertThat(tokens.valid(token, null)).isFalse();
    }
}
