package io.hookwire.host.accounts;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Accounts and sessions, in ConfigAdmin under {@value #PID} (a form in the Web Console's Configuration page). */
@ObjectClassDefinition(id = AccountsConfiguration.PID, name = "Hookwire accounts",
        description = "Sessions, login rate limits, multi-factor sign-in and password resets.")
public @interface AccountsConfiguration {
    String PID = "io.hookwire.host.accounts";
    int SESSION_HOURS = 336;
    int MFA_PENDING_MINUTES = 5;
    int FAILURES_PER_EMAIL = 5;
    int FAILURES_PER_ADDRESS = 20;
    int FAILURE_WINDOW_SECONDS = 300;
    int RESET_TOKEN_MINUTES = 30;

    @AttributeDefinition(name = "Session lifetime (hours)", min = "1",
            description = "How long a session (and its cookie) lasts after signing in.")
    int session_hours() default SESSION_HOURS;

    @AttributeDefinition(name = "Second factor wait (minutes)", min = "1",
            description = "How long a sign-in waits for the one-time code when the user has MFA on.")
    int mfa_pending_minutes() default MFA_PENDING_MINUTES;

    @AttributeDefinition(name = "Failed sign-ins per e-mail", min = "1",
            description = "Failed sign-ins (or one-time codes) for one e-mail address within the window; the next"
                    + " attempt gets 429 until the oldest failure leaves the window.")
    int login_failures_per_email() default FAILURES_PER_EMAIL;

    @AttributeDefinition(name = "Failed sign-ins per client address", min = "1",
            description = "Failed sign-ins from one client address within the window, whatever the e-mail.")
    int login_failures_per_address() default FAILURES_PER_ADDRESS;

    @AttributeDefinition(name = "Failure window (seconds)", min = "1",
            description = "How long a failed sign-in counts.")
    int login_failure_window_seconds() default FAILURE_WINDOW_SECONDS;

    @AttributeDefinition(name = "Reset link lifetime (minutes)", min = "1",
            description = "How long a password reset link can be used (once).")
    int reset_token_minutes() default RESET_TOKEN_MINUTES;

    @AttributeDefinition(name = "Public URL", required = false,
            description = "The address users reach Hookwire at, for links in messages, for example"
                    + " https://hookwire.example.com. Empty: the address of the request that asked for the link.")
    String public_url() default "";
}
