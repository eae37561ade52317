package io.hookwire.audit.internal.dlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {
    /** Appends the Luhn check digit to {@code body}. */
    static String withCheckDigit(String body) {
        for (char d = '0'; d <= '9'; d++) {
            if (CardNumbers.luhn(body + d)) {
                return body + d;
            }
        }
        throw new AssertionError("no check digit for " + body);
    }

    private static List<String> found(String text) {
        return CardNumbers.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4012888888881881", "5555555555554444", "2223003122003222",
            "378282246310005", "6011111111111117", "3530111333300000", "30569309025904", "4222222222222",
            "6304000000000000"})
    void publishedTestCardNumbersPass(String number) {
        assertThat(CardNumbers.luhn(number)).isTrue();
        assertThat(CardNumbers.isCardNumber(number)).isTrue();
        assertThat(found("card " + number + " on file")).containsExactly(number);
    }

    @Test
    void nineteenDigitsAreACardAndTwentyAreNot() {
        String nineteen = withCheckDigit("400000000000000000");
        assertThat(nineteen).hasSize(19);
        assertThat(CardNumbers.isCardNumber(nineteen)).isTrue();
        String twenty = withCheckDigit("4000000000000000000");
        assertThat(CardNumbers.luhn(twenty)).isTrue();
        assertThat(CardNumbers.isCardNumber(twenty)).isFalse();
        assertThat(found("id " + twenty)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsNoCard() {
        assertThat(CardNumbers.luhn("4111111111111112")).isFalse();
        assertThat(found("4111111111111112 and 4111-1111-1111-1112")).isEmpty();
    }

    @Test
    void groupsWithSingleSpacesOrDashesAreFound() {
        assertThat(found("pay with 4111 1111 1111 1111 today")).containsExactly("4111 1111 1111 1111");
        assertThat(found("pay with 4111-1111-1111-1111.")).containsExactly("4111-1111-1111-1111");
        assertThat(found("amex 3782 822463 10005,")).containsExactly("3782 822463 10005");
        // one kind of separator in one card: the dash ends it
        assertThat(found("ref 12-4111 1111 1111 1111")).containsExactly("4111 1111 1111 1111");
        assertThat(found("mixed 4111 1111-1111 1111")).isEmpty();
    }

    @Test
    void aCardFollowedByMoreDigitGroupsIsStillFound() {
        assertThat(found("4111 1111 1111 1111 12 27")).containsExactly("4111 1111 1111 1111");
        // "4111111111111111078" passes the Luhn check too: the shortest card wins, the rest is left
        assertThat(CardNumbers.isCardNumber("4111111111111111078")).isTrue();
        assertThat(found("4111-1111-1111-1111-078")).containsExactly("4111-1111-1111-1111");
        assertThat(found("order 12 4111111111111111")).containsExactly("4111111111111111");
        assertThat(found("4111111111111111 5555555555554444")).containsExactly("4111111111111111",
                "5555555555554444");
    }

    @Test
    void lookAlikesAreLeftAlone() {
        String epochMillis = withCheckDigit("176722560000"); // 13 digits, a time stamp: starts with 1
        assertThat(found("at " + epochMillis)).isEmpty();
        String startsWithNine = withCheckDigit("900000000000000");
        assertThat(found(startsWithNine)).isEmpty();
        assertThat(found("phone +1 415 555 2671, date 2026-11-27, 12:30")).isEmpty();
        assertThat(found("twelve digits 411111111111")).isEmpty();
        // glued to letters: part of an identifier, not a card
        assertThat(found("ORD4111111111111111 4111111111111111x 4111111111111111_a")).isEmpty();
        // the tail of a UUID: "716-446655440000" would be 15 digits, but it is glued to the 'a'
        assertThat(found("550e8400-e29b-41d4-a716-446655440000")).isEmpty();
        // two spaces do not join groups
        assertThat(found("4111  1111  1111  1111")).isEmpty();
        // part of a longer token: an e-mail address (seen in a test run: 29592563558629 passes Luhn), a phone number,
        // a host name
        assertThat(found("ada-29592563558629-1@example.com 29592563558629@example.com")).isEmpty();
        assertThat(found("+4111111111111111 h.4111111111111111.example 4111111111111111.example")).isEmpty();
        // but a card at the end of a sentence or in a path is still one
        assertThat(found("card 4111111111111111. /cards/4111111111111111")).hasSize(2);
    }

    @Test
    void luhnRefusesWhatIsNotDigits() {
        assertThat(CardNumbers.luhn("")).isFalse();
        assertThat(CardNumbers.luhn("4111 1111 1111 1111")).isFalse();
        assertThat(CardNumbers.luhn("0")).isTrue();
        assertThat(CardNumbers.luhn("79927398713")).isTrue();
        assertThat(CardNumbers.luhn("79927398710")).isFalse();
    }
}
