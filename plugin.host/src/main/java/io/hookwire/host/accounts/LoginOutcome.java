package io.hookwire.host.accounts;

import io.hookwire.hooks.core.Session;
import io.hookwire.hooks.core.User;

/** What a correct password gets: a session, or (when the user has MFA on) a sign-in that waits for the code. */
public sealed interface LoginOutcome {
    /** The cookie's secret: only its hash is stored. */
    String token();

    Session session();

    /** Signed in. */
    record SignedIn(User user, Session session, String token) implements LoginOutcome {
        @Override
        public String toString() {
            return "SignedIn[" + user.id() + ", session " + session.id() + "]"; // never the token
        }
    }

    /** The password was right; the session starts once {@code POST /auth/mfa/verify} gets the code. */
    record MfaRequired(Session session, String token) implements LoginOutcome {
        @Override
        public String toString() {
            return "MfaRequired[session " + session.id() + "]";
        }
    }
}
