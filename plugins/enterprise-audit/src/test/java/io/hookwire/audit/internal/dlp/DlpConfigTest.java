package io.hookwire.audit.internal.dlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DlpConfigTest {
    @Test
    void aBadRegexIsRefusedWithTheSettingThePatternAndTheReason() {
        assertThatThrownBy(() -> DlpConfig.redactor(true, new String[] {"\\d{4}", "[abc"}, null, "[X]"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("dlp.patterns: pattern #2 '[abc' is not a valid regular expression:")
                .hasMessageContaining("Unclosed character class")
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("dlp.patterns"))
                .hasCauseInstanceOf(java.util.regex.PatternSyntaxException.class);
    }

    @Test
    void aPatternThatMatchesNothingAtAllIsRefused() {
        for (String empty : new String[] {"x*", "^", "\\b", "(?=a)", "a?"}) {
            assertThatThrownBy(() -> DlpConfig.redactor(true, new String[] {empty}, null, "[X]"))
                    .as(empty)
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("pattern #1 '" + empty + "' matches the empty text");
        }
    }

    @Test
    void blankEntriesAreIgnoredAndGoodPatternsWork() {
        Redactor redactor = DlpConfig.redactor(false, new String[] {"", "  ", null, "secret-\\w+"}, null, "[X]");
        assertThat(redactor.redactText("a secret-token here 4111111111111111"))
                .isEqualTo("a [X] here 4111111111111111");
        assertThat(redactor.replacement()).isEqualTo("[X]");
    }

    @Test
    void theReplacementIsBounded() {
        assertThatThrownBy(() -> DlpConfig.redactor(true, null, "x".repeat(101), "[X]"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("dlp.replacement: the replacement is 101 characters long; at most 100 are allowed");
        assertThat(DlpConfig.redactor(true, null, "", "[X]").redactText("4111111111111111!")).isEqualTo("!");
    }

    @Test
    void tooManyOrTooLongPatternsAreRefused() {
        String[] many = new String[51];
        java.util.Arrays.fill(many, "abc");
        assertThatThrownBy(() -> DlpConfig.redactor(true, many, null, "[X]"))
                .hasMessageContaining("51 patterns are configured; at most 50");
        assertThatThrownBy(() -> DlpConfig.redactor(true, new String[] {"a".repeat(1001)}, null, "[X]"))
                .hasMessageContaining("is 1001 characters long; at most 1000");
    }

    @Test
    void aReplacementWithDollarSignsIsTakenLiterally() {
        Redactor redactor = DlpConfig.redactor(false, new String[] {"(k)ey"}, "$1\\", "[X]");
        assertThat(redactor.redactText("key")).isEqualTo("$1\\");
    }
}
