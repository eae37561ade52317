package io.hookwire.host.accounts;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.OutboxMessage;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.security.PasswordHash;

/**
 * Password reset by a one-time link. Asking for one never tells whether the address has an account; when it has,
 * a token (only its hash is kept) goes into a message in the outbox (and the log), and {@code outbox:queued} fires
 * so that a mail plugin can send it. Using the token sets the password, ends every session of the user, and fires
 * {@code auth:password_reset}. Thread-safe.
 */
@Component(service = PasswordResets.class)
public final class PasswordResets {
    /** Where the link leads; the web shell's page reads the token from it. */
    public static final String RESET_PAGE = "/reset-password?token=";

    private final DataSource db;
    private final Hooks hooks;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final Clock clock;
    private final Logger log;
    private volatile Asks asks;

    /** Requests per address, limited as failed sign-ins are, so that nobody floods an inbox. */
    private record Asks(AccountSettings settings, FailureLimiter limiter) {}

    @Activate
    public PasswordResets(@Reference(target = "(hookwire.datasource=main)") DataSource db, @Reference Hooks hooks,
            @Reference AuditTrail audit, @Reference Accounts accounts,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(db, hooks, audit, accounts, Clock.systemUTC(), log);
    }

    public PasswordResets(DataSource db, Hooks hooks, AuditTrail audit, Accounts accounts, Clock clock, Logger log) {
        this.db = db;
        this.hooks = hooks;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
        this.log = log;
    }

    private FailureLimiter limiter() {
        AccountSettings settings = accounts.settings();
        Asks current = asks;
        if (current == null || current.settings() != settings) {
            current = new Asks(settings, new FailureLimiter(clock, settings.failuresPerEmail(),
                    settings.failureWindow()));
            asks = current;
        }
        return current.limiter();
    }

    /**
     * Queues a reset link for the address, if it has an account; does nothing visible otherwise.
     *
     * @param requestBase the address the request came to, for the link when no public URL is configured
     */
    public void requestReset(String email, String requestBase) throws SQLException {
        String address = Input.email(email);
        FailureLimiter limiter = limiter();
        Duration wait = limiter.retryAfter(address);
        if (!wait.isZero()) {
            throw new TooManyAttempts("reset requests for this address", wait);
        }
        limiter.failed(address);
        AccountSettings settings = accounts.settings();
        String base = settings.publicUrl() != null ? settings.publicUrl() : trim(requestBase);
        Transactions.inTransaction(db, (c, after) -> {
            Optional<Account> account = UserTable.byEmail(c, address);
            if (account.isEmpty()) {
                return null;
            }
            User user = account.get().user();
            Instant now = Times.now(clock);
            String token = Tokens.newToken();
            Duration lifetime = settings.resetTokenLifetime();
            ResetTable.insert(c, Tokens.hash(token), user.id(), now, now.plus(lifetime));
            OutboxMessage message = OutboxTable.insert(c, user.email(), "Reset your Hookwire password",
                    body(user, base + RESET_PAGE + token, lifetime), now);
            AuditRecord entry = audit.write(c, user.id(), "auth.password_reset_requested", "user/" + user.id(),
                    Map.of("outbox", Long.toString(message.id())));
            after.then(() -> log.info("Outbox: message " + message.id() + " to " + message.to() + ", \""
                    + message.subject() + "\":\n" + message.body()));
            after.then(() -> hooks.dispatch(CoreHooks.OUTBOX_QUEUED, message));
            after.then(() -> audit.announce(entry));
            return null;
        });
    }

    static String body(User user, String link, Duration lifetime) {
        return "Hello " + user.displayName() + ",\n\nSomeone, hopefully you, asked to reset the password of your"
                + " Hookwire account. Open this link within " + lifetime.toMinutes() + " minutes to choose a new"
                + " one (it works once):\n\n" + link + "\n\nIf you did not ask, ignore this message: your password"
                + " stays as it is.\n";
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Sets a new password with a reset token, once; every session of the user ends. */
    public User reset(String token, String password) throws SQLException {
        String given = Input.required("token", token).trim();
        String hash = PasswordHash.hash(Input.newPassword("password", password).toCharArray());
        ApiException invalid = new ApiException(400, "invalid_token", "this reset link is unknown, has expired or"
                + " was used already: ask for a new one (POST /api/v1/auth/password/forgot)", Map.of("field", "token"));
        if (!Tokens.plausible(given)) {
            throw invalid;
        }
        return Transactions.inTransaction(db, (c, after) -> {
            Instant now = Times.now(clock);
            String userId = ResetTable.use(c, Tokens.hash(given), now).orElseThrow(() -> invalid);
            User user = UserTable.byId(c, userId).orElseThrow(() -> invalid).user();
            UserTable.setPassword(c, userId, hash);
            ResetTable.retireAllOf(c, userId, now);
            int ended = SessionTable.deleteAllOf(c, userId);
            AuditRecord entry = audit.write(c, userId, "auth.password_reset", "user/" + userId,
                    Map.of("sessionsEnded", Integer.toString(ended)));
            after.then(() -> hooks.dispatch(CoreHooks.AUTH_PASSWORD_RESET, user));
            after.then(() -> audit.announce(entry));
            return user;
        });
    }
}
