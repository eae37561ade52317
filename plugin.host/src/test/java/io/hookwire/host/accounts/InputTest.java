package io.hookwire.host.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.hookwire.api.rest.ApiException;

/** What clients send is checked at the boundary, and a failure names the field. */
class InputTest {
    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(Input.email("  Ada.Lovelace@Example.COM ")).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void malformedEmailsAreRefusedNamingTheField() {
        for (String bad : new String[] {"", "ada", "ada@", "@example.com", "ada@example", "a b@example.com",
                "ada@@example.com", "x".repeat(250) + "@example.com"}) {
            assertField(() -> Input.email(bad), "email");
        }
        assertField(() -> Input.email(null), "email");
    }

    @Test
    void newPasswordsNeedEightToTwoHundredCharacters() {
        assertThat(Input.newPassword("password", "12345678")).isEqualTo("12345678");
        assertField(() -> Input.newPassword("password", "1234567"), "password");
        assertField(() -> Input.newPassword("password", "x".repeat(201)), "password");
        assertField(() -> Input.newPassword("password", "        "), "password");
        assertField(() -> Input.newPassword("password", null), "password");
    }

    @Test
    void namesAreTrimmedAndBounded() {
        assertThat(Input.name("displayName", "  Ada  ")).isEqualTo("Ada");
        assertField(() -> Input.name("displayName", "   "), "displayName");
        assertField(() -> Input.name("name", "x".repeat(101)), "name");
        assertField(() -> Input.name("name", "a\u0000b"), "name");
    }

    @Test
    void codesAreSixDigits() {
        assertThat(Input.code("123 456")).isEqualTo("123456");
        assertField(() -> Input.code("12345"), "code");
        assertField(() -> Input.code("12345x"), "code");
        assertField(() -> Input.code(null), "code");
    }

    @Test
    void aMissingBodyIsA400WithAnExample() {
        assertThatThrownBy(() -> Input.body(null, "{\"a\":1}")).isInstanceOf(ApiException.class)
                .hasMessageContaining("{\"a\":1}");
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.details()).containsEntry("field", field);
        });
    }
}
