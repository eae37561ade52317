package io.hookwire.host.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountSettingsTest {
    @Test
    void thePublicUrlMustBeAnHttpUrlAndLosesItsTrailingSlash() {
        assertThat(AccountSettings.publicUrl("https://hookwire.example.com/")).isEqualTo("https://hookwire.example.com");
        assertThat(AccountSettings.publicUrl("  ")).isNull();
        assertThatThrownBy(() -> AccountSettings.publicUrl("ftp://example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public.url");
        assertThatThrownBy(() -> AccountSettings.publicUrl("not a url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public.url");
    }
}
