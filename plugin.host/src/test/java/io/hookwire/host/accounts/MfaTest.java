package io.hookwire.host.accounts;

import static io.hookwire.host.accounts.AccountsTest.catchApi;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.liquibase.TestDatabase;

/** Enrolment, confirmation, and the sign-in that waits for the code. */
class MfaTest {
    private static TestDatabase db;
    private static int next;

    private final RecordingHooks hooks = new RecordingHooks();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:05Z"));
    private Accounts accounts;
    private MfaEnrolment enrolment;
    private User user;
    private String email;

    @BeforeAll
    static void tables() throws Exception {
        db = HostTables.create();
    }

    @BeforeEach
    void setUp() throws Exception {
        AuditTrail audit = new AuditTrail(db.dataSource, hooks);
        accounts = new Accounts(new AccountSettings(Duration.ofHours(1), Duration.ofMinutes(5), 3, 50,
                Duration.ofMinutes(5), Duration.ofMinutes(30), null), db.dataSource, hooks, audit, clock,
                Loggers.quiet());
        enrolment = new MfaEnrolment(db.dataSource, audit, clock);
        email = "mfa" + (++next) + "@example.com";
        user = accounts.register(email, "correct horse", "Ada");
    }

    private String enable() throws Exception {
        MfaEnrolment.Enrolment e = enrolment.enroll(user);
        enrolment.confirm(user, Totp.code(e.secret(), clock.instant()));
        clock.advance(Duration.ofSeconds(30)); // the confirming code's step is used
        return e.secret();
    }

    @Test
    void enrolmentKeepsTheSecretPendingUntilACodeConfirmsIt() throws Exception {
        MfaEnrolment.Enrolment e = enrolment.enroll(user);
        assertThat(e.otpauthUri()).startsWith("otpauth://totp/Hookwire:").contains("secret=" + e.secret());
        assertThat(accounts.account(user.id()).orElseThrow().mfaEnabled()).isFalse();

        assertThat(catchApi(() -> enrolment.confirm(user, "000000")).code()).isEqualTo("invalid_code");
        assertThat(accounts.account(user.id()).orElseThrow().mfaEnabled()).isFalse();
        hooks.clear();

        enrolment.confirm(user, Totp.code(e.secret(), clock.instant()));

        Account account = accounts.account(user.id()).orElseThrow();
        assertThat(account.mfaEnabled()).isTrue();
        assertThat(account.mfaSecret()).isEqualTo(e.secret());
        assertThat(account.mfaPendingSecret()).isNull();
        assertThat(hooks.last(CoreHooks.AUDIT_RECORD).action()).isEqualTo("auth.mfa_enabled");
        assertThat(catchApi(() -> enrolment.enroll(user)).status()).isEqualTo(409);
    }

    @Test
    void confirmingWithoutEnrolmentIs409() {
        assertThat(catchApi(() -> enrolment.confirm(user, "123456")).code()).isEqualTo("not_enrolled");
    }

    @Test
    void withMfaOnThePasswordGivesASignInThatWaitsForTheCode() throws Exception {
        String secret = enable();
        hooks.clear();

        LoginOutcome outcome = accounts.login(email, "correct horse", null);

        assertThat(outcome).isInstanceOf(LoginOutcome.MfaRequired.class);
        assertThat(outcome.session().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(hooks.fired).as("nobody is signed in yet").isEmpty();
        assertThat(accounts.session(outcome.token())).hasValueSatisfying(s -> assertThat(s.mfaPending()).isTrue());

        assertThat(catchApi(() -> accounts.verifyMfa(outcome.token(), "000000", null)).code())
                .isEqualTo("invalid_code");
        LoginOutcome.SignedIn in = accounts.verifyMfa(outcome.token(), Totp.code(secret, clock.instant()), null);

        assertThat(in.user()).isEqualTo(user);
        assertThat(in.token()).isNotEqualTo(outcome.token());
        assertThat(accounts.session(outcome.token())).as("the waiting session is gone").isEmpty();
        assertThat(accounts.session(in.token())).hasValueSatisfying(s -> assertThat(s.mfaPending()).isFalse());
        assertThat(hooks.names()).containsExactly("auth:mfa_verified", "audit:record", "auth:logged_in",
                "audit:record");
        assertThat(hooks.last(CoreHooks.AUTH_MFA_VERIFIED)).isEqualTo(user);
        assertThat(hooks.last(CoreHooks.AUTH_LOGGED_IN).session()).isEqualTo(in.session());
    }

    @Test
    void aCodeWorksOnceAndAWaitingSignInExpires() throws Exception {
        String secret = enable();
        String code = Totp.code(secret, clock.instant());
        accounts.verifyMfa(accounts.login(email, "correct horse", null).token(), code, null);

        LoginOutcome again = accounts.login(email, "correct horse", null);
        assertThat(catchApi(() -> accounts.verifyMfa(again.token(), code, null)).code()).isEqualTo("invalid_code");

        clock.advance(Duration.ofMinutes(5));
        assertThat(catchApi(() -> accounts.verifyMfa(again.token(), Totp.code(secret, clock.instant()), null))
                .code()).isEqualTo("no_pending_sign_in");
    }

    @Test
    void wrongCodesCountAsFailedSignIns() throws Exception {
        enable();
        LoginOutcome waiting = accounts.login(email, "correct horse", null);
        for (int i = 0; i < 3; i++) {
            assertThat(catchApi(() -> accounts.verifyMfa(waiting.token(), "000000", null)).status()).isEqualTo(401);
        }
        assertThat(catchApi(() -> accounts.verifyMfa(waiting.token(), "000000", null)).status()).isEqualTo(429);
    }

    @Test
    void aCompleteSessionCannotBeVerifiedAgain() throws Exception {
        LoginOutcome in = accounts.login(email, "correct horse", null);
        assertThat(catchApi(() -> accounts.verifyMfa(in.token(), "123456", null)).code())
                .isEqualTo("no_pending_sign_in");
    }
}
