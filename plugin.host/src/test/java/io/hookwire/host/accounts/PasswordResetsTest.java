package io.hookwire.host.accounts;

import static io.hookwire.host.accounts.AccountsTest.catchApi;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.OutboxMessage;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.liquibase.TestDatabase;

/** The reset link: never tells whether an address has an account, works once, ends every session. */
class PasswordResetsTest {
    private static final Pattern TOKEN = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]{43})");
    private static TestDatabase db;
    private static int next;

    private final RecordingHooks hooks = new RecordingHooks();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Accounts accounts;
    private PasswordResets resets;
    private String email;
    private User user;

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
        resets = new PasswordResets(db.dataSource, hooks, audit, accounts, clock, Loggers.recording(log));
        email = "reset" + (++next) + "@example.com";
        user = accounts.register(email, "correct horse", "Ada");
        hooks.clear();
    }

    private int outbox(String to) throws Exception {
        return Integer.parseInt(db.column("select count(*) from hookwire_outbox where recipient = '" + to + "'")
                .get(0));
    }

    private String requestToken() throws Exception {
        resets.requestReset(email, "http://localhost:8080/");
        OutboxMessage message = hooks.last(CoreHooks.OUTBOX_QUEUED);
        Matcher m = TOKEN.matcher(message.body());
        assertThat(m.find()).as("the body has the link: %s", message.body()).isTrue();
        return m.group(1);
    }

    @Test
    void anUnknownAddressGetsNoMessageAndNothingIsFired() throws Exception {
        resets.requestReset("nobody-" + next + "@example.com", "http://localhost:8080/");
        assertThat(outbox("nobody-" + next + "@example.com")).isZero();
        assertThat(hooks.fired).isEmpty();
    }

    @Test
    void aKnownAddressGetsALinkInTheOutboxTheLogAndOutboxQueued() throws Exception {
        String token = requestToken();

        OutboxMessage message = hooks.last(CoreHooks.OUTBOX_QUEUED);
        assertThat(message.to()).isEqualTo(email);
        assertThat(message.body()).contains("http://localhost:8080/reset-password?token=" + token, "30 minutes");
        assertThat(db.column("select body from hookwire_outbox where id = " + message.id())).containsExactly(
                message.body());
        assertThat(db.column("select token_hash from hookwire_password_reset where user_id = '" + user.id() + "'"))
                .containsExactly(Tokens.hash(token));
        assertThat(hooks.names()).containsExactly("outbox:queued", "audit:record");
        assertThat(hooks.last(CoreHooks.AUDIT_RECORD).action()).isEqualTo("auth.password_reset_requested");
        assertThat(log).anyMatch(line -> line.contains("Outbox: message " + message.id()) && line.contains(token));
    }

    @Test
    void theTokenSetsThePasswordOnceAndEndsEverySession() throws Exception {
        LoginOutcome before = accounts.login(email, "correct horse", null);
        String token = requestToken();
        hooks.clear();

        assertThat(resets.reset(token, "a new horse")).isEqualTo(user);

        assertThat(hooks.names()).containsExactly("auth:password_reset", "audit:record");
        assertThat(hooks.last(CoreHooks.AUTH_PASSWORD_RESET)).isEqualTo(user);
        assertThat(accounts.session(before.token())).as("signed out everywhere").isEmpty();
        assertThat(catchApi(() -> accounts.login(email, "correct horse", null)).status()).isEqualTo(401);
        assertThat(accounts.login(email, "a new horse", null)).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(catchApi(() -> resets.reset(token, "a third horse")).code()).isEqualTo("invalid_token");
    }

    @Test
    void anExpiredOrUnknownTokenIsRefusedAndAWeakPasswordNamesTheField() throws Exception {
        String token = requestToken();
        assertThat(catchApi(() -> resets.reset(token, "short")).details()).containsEntry("field", "password");
        assertThat(catchApi(() -> resets.reset(Tokens.newToken(), "a new horse")).details())
                .containsEntry("field", "token");
        assertThat(catchApi(() -> resets.reset("garbage", "a new horse")).code()).isEqualTo("invalid_token");
        clock.advance(Duration.ofMinutes(30));
        assertThat(catchApi(() -> resets.reset(token, "a new horse")).code()).isEqualTo("invalid_token");
        assertThat(accounts.login(email, "correct horse", null)).isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void requestsForOneAddressAreLimitedWhetherItHasAnAccountOrNot() throws Exception {
        for (String address : new String[] {email, "ghost" + next + "@example.com"}) {
            for (int i = 0; i < 3; i++) {
                resets.requestReset(address, "http://localhost:8080/");
            }
            assertThat(catchApi(() -> resets.requestReset(address, "http://localhost:8080/")).status())
                    .isEqualTo(429);
        }
        assertThat(outbox(email)).isEqualTo(3);
    }
}
