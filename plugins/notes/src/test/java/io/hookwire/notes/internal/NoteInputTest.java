package io.hookwire.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.hookwire.api.rest.ApiException;

class NoteInputTest {
    private static void refused(NoteInput input, String field, String message) {
        assertThatThrownBy(input::validated).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("invalid_argument");
            assertThat(e.details()).containsEntry("field", field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void theTitleIsRequiredAndTrimmed() {
        refused(new NoteInput(null, "body"), "title", "needs a title");
        refused(new NoteInput("   ", "body"), "title", "needs a title");
        assertThat(new NoteInput("  Groceries \n", null).validated()).isEqualTo(new NoteInput("Groceries", ""));
        assertThat(new NoteInput("t", "b", true).validated().shared()).isTrue();
    }

    @Test
    void theTitleHasAtMost200Characters() {
        assertThat(new NoteInput("t".repeat(200), "").validated().title()).hasSize(200);
        refused(new NoteInput("t".repeat(201), ""), "title", "201 characters long; at most 200");
    }

    @Test
    void theBodyHasAtMost100KilobytesInUtf8() {
        assertThat(new NoteInput("t", "b".repeat(102_400)).validated().body()).hasSize(102_400);
        refused(new NoteInput("t", "b".repeat(102_401)), "body", "102401 bytes long in UTF-8; at most 102400");
        // 'é' is two bytes: 51,201 of them are 102,402 bytes, though only 51,201 characters
        refused(new NoteInput("t", "é".repeat(51_201)), "body", "102402 bytes");
        assertThat(new NoteInput("t", "é".repeat(51_200)).validated().body()).hasSize(51_200);
    }
}
