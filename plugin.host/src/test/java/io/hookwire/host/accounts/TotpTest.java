package io.hookwire.host.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against RFC 6238's test vectors (SHA-1), Base32 against RFC 4648's, and the window and replay rules. */
class TotpTest {
    /** RFC 6238 appendix B: the SHA-1 seed, 20 ASCII bytes. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238Vectors(long time, String expected) {
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(time)), 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheVectors() {
        String secret = Base32.encode(SEED);
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32Rfc4648Vectors(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase() + "===="), StandardCharsets.US_ASCII))
                .isEqualTo(text);
    }

    @Test
    void base32RefusesOtherCharacters() {
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1'");
    }

    @Test
    void aCodeIsValidOneStepEitherSideAndNoFurther() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);
        for (int offset = -1; offset <= 1; offset++) {
            String code = Totp.code(secret, now.plusSeconds(30L * offset));
            assertThat(Totp.verify(secret, code, now, Long.MIN_VALUE)).hasValue(step + offset);
        }
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(60)), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(60)), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aCodeOfAStepUsedAlreadyIsRefused() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        String code = Totp.code(secret, now);
        long step = Totp.verify(secret, code, now, Long.MIN_VALUE).getAsLong();

        assertThat(Totp.verify(secret, code, now, step)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now, step)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now, step)).hasValue(step + 1);
    }

    @Test
    void malformedCodesAreRefused() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        assertThat(Totp.verify(secret, null, now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(secret, "12345a", now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aNewSecretHas160BitsInBase32AndTheUriNamesIt() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.uri("Hookwire", "ada lovelace@example.com", secret)).isEqualTo("otpauth://totp/Hookwire:"
                + "ada%20lovelace%40example.com?secret=" + secret + "&issuer=Hookwire&algorithm=SHA1&digits=6"
                + "&period=30");
    }
}
