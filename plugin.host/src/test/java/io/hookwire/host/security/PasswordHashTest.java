package io.hookwire.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = PasswordHash.hash("correct horse".toCharArray());

        assertThat(hash).startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$");
        assertThat(PasswordHash.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(PasswordHash.matches("correct horse ".toCharArray(), hash)).isFalse();
        assertThat(PasswordHash.hash("correct horse".toCharArray())).as("salted").isNotEqualTo(hash);
    }

    @Test
    void aMalformedHashMatchesNothing() {
        for (String bad : new String[] {null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$1$!!$!!"}) {
            assertThat(PasswordHash.matches("x".toCharArray(), bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String one = PasswordHash.generatePassword();
        assertThat(one).hasSize(24).matches("[A-Za-z0-9_-]+");
        assertThat(PasswordHash.generatePassword()).isNotEqualTo(one);
    }

    @Test
    void theAdminPathsAreProtected() {
        assertThat(AdminAuthFilter.protectedPath("/api/v1/admin/plugins")).isTrue();
        assertThat(AdminAuthFilter.protectedPath("api/v1/admin")).isTrue();
        assertThat(AdminAuthFilter.protectedPath("api/v1/hooks")).isTrue();
        assertThat(AdminAuthFilter.protectedPath("api/v1/health")).isFalse();
        assertThat(AdminAuthFilter.protectedPath("api/v1/administrative")).isFalse();
        assertThat(AdminAuthFilter.protectedPath("api/v1/greeter/greet")).isFalse();
    }
}
