package io.hookwire.host.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.LoggedIn;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.liquibase.TestDatabase;

/** Register, sign in and out, sessions and the rate limits, on H2 with the host's tables. */
class AccountsTest {
    private static TestDatabase db;
    private static int next;

    private final RecordingHooks hooks = new RecordingHooks();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    private Accounts accounts;
    private String email;

    @BeforeAll
    static void tables() throws Exception {
        db = HostTables.create();
    }

    @BeforeEach
    void setUp() {
        AccountSettings settings = new AccountSettings(Duration.ofHours(1), Duration.ofMinutes(5), 3, 5,
                Duration.ofMinutes(5), Duration.ofMinutes(30), null);
        accounts = new Accounts(settings, db.dataSource, hooks, new AuditTrail(db.dataSource, hooks), clock,
                Loggers.quiet());
        email = "user" + (++next) + "@example.com";
    }

    private int count(String sql) throws Exception {
        return Integer.parseInt(db.column(sql).get(0));
    }

    @Test
    void registeringStoresASlowHashAndAnnouncesAfterTheCommit() throws Exception {
        hooks.onDispatch(() -> {
            try {
                assertThat(count("select count(*) from hookwire_user where email = '" + email + "'"))
                        .as("committed before the hooks fire").isEqualTo(1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        User user = accounts.register(" " + email.toUpperCase() + " ", "correct horse", " Ada ");

        assertThat(user.email()).isEqualTo(email);
        assertThat(user.displayName()).isEqualTo("Ada");
        assertThat(hooks.names()).containsExactly("auth:registered", "audit:record");
        assertThat(hooks.last(CoreHooks.AUTH_REGISTERED)).isEqualTo(user);
        assertThat(hooks.last(CoreHooks.AUDIT_RECORD).action()).isEqualTo("auth.registered");
        assertThat(db.column("select password_hash from hookwire_user where id = '" + user.id() + "'").get(0))
                .startsWith("pbkdf2-sha256$").doesNotContain("correct horse");
        assertThat(db.column("select action from hookwire_audit where actor = '" + user.id() + "'"))
                .containsExactly("auth.registered");
    }

    @Test
    void aSecondAccountForTheSameAddressIs409AndFiresNothing() throws Exception {
        accounts.register(email, "correct horse", "Ada");
        hooks.clear();
        assertThatThrownBy(() -> accounts.register(email.toUpperCase(), "another one", "Eve"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.details()).containsEntry("field", "email");
                });
        assertThat(hooks.fired).isEmpty();
        assertThat(count("select count(*) from hookwire_user where email = '" + email + "'")).isEqualTo(1);
    }

    @Test
    void signingInStartsASessionWhoseSecretIsNotStored() throws Exception {
        User user = accounts.register(email, "correct horse", "Ada");
        hooks.clear();

        LoginOutcome outcome = accounts.login(email, "correct horse", "10.0.0.1");

        LoginOutcome.SignedIn in = (LoginOutcome.SignedIn) outcome;
        assertThat(in.user()).isEqualTo(user);
        assertThat(in.session().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(hooks.names()).containsExactly("auth:logged_in", "audit:record");
        assertThat(hooks.last(CoreHooks.AUTH_LOGGED_IN)).isEqualTo(new LoggedIn(user, in.session()));
        assertThat(db.column("select token_hash from hookwire_session where id = '" + in.session().id() + "'"))
                .containsExactly(Tokens.hash(in.token()));
        assertThat(accounts.session(in.token())).hasValueSatisfying(s -> {
            assertThat(s.user()).isEqualTo(user);
            assertThat(s.mfaPending()).isFalse();
        });
        assertThat(accounts.session(Tokens.newToken())).isEmpty();
        assertThat(accounts.session("not a token")).isEmpty();
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSame401() throws Exception {
        accounts.register(email, "correct horse", "Ada");
        ApiException unknown = catchApi(() -> accounts.login("nobody@example.com", "correct horse", null));
        ApiException wrong = catchApi(() -> accounts.login(email, "wrong horse", null));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.toError()).isEqualTo(unknown.toError());
    }

    @Test
    void failedSignInsForOneAddressAreLimitedUntilTheWindowPasses() throws Exception {
        accounts.register(email, "correct horse", "Ada");
        for (int i = 0; i < 3; i++) {
            assertThat(catchApi(() -> accounts.login(email, "wrong horse", "10.0.0.2")).status()).isEqualTo(401);
        }
        ApiException limited = catchApi(() -> accounts.login(email, "correct horse", "10.0.0.3"));
        assertThat(limited).isInstanceOfSatisfying(TooManyAttempts.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(300));
        assertThat(limited.status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(5));
        assertThat(accounts.login(email, "correct horse", "10.0.0.3")).isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void failedSignInsFromOneClientAddressAreLimitedWhateverTheEmail() throws Exception {
        for (int i = 0; i < 5; i++) {
            String other = "nobody" + i + "@example.com";
            assertThat(catchApi(() -> accounts.login(other, "wrong horse", "10.0.0.9")).status()).isEqualTo(401);
        }
        accounts.register(email, "correct horse", "Ada");
        assertThat(catchApi(() -> accounts.login(email, "correct horse", "10.0.0.9")).status()).isEqualTo(429);
        assertThat(accounts.login(email, "correct horse", "10.0.0.10")).isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void anExpiredSessionOpensNothingAndIsDeleted() throws Exception {
        accounts.register(email, "correct horse", "Ada");
        LoginOutcome in = accounts.login(email, "correct horse", null);
        clock.advance(Duration.ofHours(1));

        assertThat(accounts.session(in.token())).isEmpty();
        assertThat(count("select count(*) from hookwire_session where id = '" + in.session().id() + "'")).isZero();
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        User user = accounts.register(email, "correct horse", "Ada");
        LoginOutcome in = accounts.login(email, "correct horse", null);
        hooks.clear();

        accounts.logout(in.token());

        assertThat(accounts.session(in.token())).isEmpty();
        assertThat(hooks.names()).containsExactly("audit:record");
        assertThat(hooks.last(CoreHooks.AUDIT_RECORD).action()).isEqualTo("auth.logged_out");
        assertThat(hooks.last(CoreHooks.AUDIT_RECORD).actor()).isEqualTo(user.id());
        accounts.logout(in.token()); // once more: nothing to end, nothing to tell
        accounts.logout(null);
        assertThat(hooks.names()).hasSize(1);
    }

    static ApiException catchApi(ThrowingCall call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected an ApiException, got " + e, e);
        }
        throw new AssertionError("expected an ApiException, got none");
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }
}
