package io.hookwire.host.accounts;

import java.net.URI;
import java.time.Duration;

/**
 * The accounts' settings, checked: each value must be positive, and the public URL, when set, an absolute http(s)
 * URL.
 *
 * @param publicUrl the address users reach Hookwire at, without a trailing slash, or {@code null} to use the
 *     request's
 */
public record AccountSettings(Duration sessionLifetime, Duration mfaPendingLifetime, int failuresPerEmail,
        int failuresPerAddress, Duration failureWindow, Duration resetTokenLifetime, String publicUrl) {
    public static final AccountSettings DEFAULTS = new AccountSettings(
            Duration.ofHours(AccountsConfiguration.SESSION_HOURS),
            Duration.ofMinutes(AccountsConfiguration.MFA_PENDING_MINUTES), AccountsConfiguration.FAILURES_PER_EMAIL,
            AccountsConfiguration.FAILURES_PER_ADDRESS,
            Duration.ofSeconds(AccountsConfiguration.FAILURE_WINDOW_SECONDS),
            Duration.ofMinutes(AccountsConfiguration.RESET_TOKEN_MINUTES), null);

    /** @throws IllegalArgumentException naming the first attribute that is wrong */
    public static AccountSettings from(AccountsConfiguration c) {
        return new AccountSettings(Duration.ofHours(positive("session.hours", c.session_hours())),
                Duration.ofMinutes(positive("mfa.pending.minutes", c.mfa_pending_minutes())),
                positive("login.failures.per.email", c.login_failures_per_email()),
                positive("login.failures.per.address", c.login_failures_per_address()),
                Duration.ofSeconds(positive("login.failure.window.seconds", c.login_failure_window_seconds())),
                Duration.ofMinutes(positive("reset.token.minutes", c.reset_token_minutes())),
                publicUrl(c.public_url()));
    }

    private static int positive(String attribute, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(attribute + " must be at least 1, not " + value);
        }
        return value;
    }

    static String publicUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.trim();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public.url must be an http(s) URL such as https://hookwire.example.com,"
                    + " not '" + url + "'", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("public.url must be an http(s) URL such as https://hookwire.example.com,"
                    + " not '" + url + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
