package io.hookwire.host.accounts;

import io.hookwire.hooks.core.User;

/**
 * A user account as the database keeps it: the public {@link User} and what never leaves the host.
 *
 * @param passwordHash the slow salted hash of the password
 * @param mfaEnabled whether signing in needs a one-time code
 * @param mfaSecret the TOTP secret in use (Base32), or {@code null}
 * @param mfaPendingSecret a TOTP secret enrolled but not confirmed, or {@code null}
 * @param mfaLastStep the last TOTP step accepted (a code is used once), or {@code Long.MIN_VALUE}
 */
public record Account(User user, String passwordHash, boolean mfaEnabled, String mfaSecret, String mfaPendingSecret,
        long mfaLastStep) {
    public String id() {
        return user.id();
    }

    @Override
    public String toString() {
        return "Account[" + user + ", mfa " + (mfaEnabled ? "on" : "off") + "]"; // never the secrets
    }
}
