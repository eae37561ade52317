package io.hookwire.host.accounts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.LoggedIn;
import io.hookwire.hooks.core.Session;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.security.PasswordHash;

/**
 * Accounts and sessions: register, sign in (with the second factor when the user has MFA on), find the session of a
 * cookie, sign out. Each change is one transaction with its audit entry; its action ({@code auth:*}) and
 * {@code audit:record} fire once it is committed. Failed sign-ins are limited per e-mail address and per client
 * address ({@link FailureLimiter}). Thread-safe.
 */
@Component(service = Accounts.class, configurationPid = AccountsConfiguration.PID)
@Designate(ocd = AccountsConfiguration.class)
public final class Accounts {
    /** Compared against when the e-mail is unknown, so that an unknown address costs as much time as a known one. */
    private static final class Decoy {
        static final String HASH = PasswordHash.hash("no account has this password".toCharArray());
    }

    private final DataSource db;
    private final Hooks hooks;
    private final AuditTrail audit;
    private final Clock clock;
    private final Logger log;
    private volatile AccountSettings settings;
    private volatile Limits limits;

    /** The limiters of the current settings: new settings start new counts. */
    record Limits(FailureLimiter perEmail, FailureLimiter perAddress) {
        static Limits of(AccountSettings s, Clock clock) {
            return new Limits(new FailureLimiter(clock, s.failuresPerEmail(), s.failureWindow()),
                    new FailureLimiter(clock, s.failuresPerAddress(), s.failureWindow()));
        }
    }

    @Activate
    public Accounts(AccountsConfiguration config, @Reference(target = "(hookwire.datasource=main)") DataSource db,
            @Reference Hooks hooks, @Reference AuditTrail audit,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(settings(config, AccountSettings.DEFAULTS, log), db, hooks, audit, Clock.systemUTC(), log);
    }

    public Accounts(AccountSettings settings, DataSource db, Hooks hooks, AuditTrail audit, Clock clock, Logger log) {
        this.db = db;
        this.hooks = hooks;
        this.audit = audit;
        this.clock = clock;
        this.log = log;
        this.settings = settings;
        this.limits = Limits.of(settings, clock);
    }

    @Modified
    void modified(AccountsConfiguration config) {
        AccountSettings next = settings(config, settings, log);
        if (!next.equals(settings)) {
            settings = next;
            limits = Limits.of(next, clock);
        }
    }

    /** The settings of {@code config}; {@code current}, with the reason logged, when they are invalid. */
    static AccountSettings settings(AccountsConfiguration config, AccountSettings current, Logger log) {
        try {
            return AccountSettings.from(config);
        } catch (IllegalArgumentException e) {
            log.warn("Keeping the current account settings (" + AccountsConfiguration.PID + "): " + e.getMessage());
            return current;
        }
    }

    public AccountSettings settings() {
        return settings;
    }

    /** Creates an account; fires {@code auth:registered}. 409 when the e-mail address has one already. */
    public User register(String email, String password, String displayName) throws SQLException {
        String address = Input.email(email);
        String name = Input.name("displayName", displayName);
        String hash = PasswordHash.hash(Input.newPassword("password", password).toCharArray());
        User user = new User(Tokens.newId(), address, name, Times.now(clock));
        try {
            return Transactions.inTransaction(db, (c, after) -> {
                if (UserTable.byEmail(c, address).isPresent()) {
                    throw emailTaken();
                }
                UserTable.insert(c, user, hash);
                AuditRecord entry = audit.write(c, user.id(), "auth.registered", "user/" + user.id(), Map.of());
                after.then(() -> hooks.dispatch(CoreHooks.AUTH_REGISTERED, user));
                after.then(() -> audit.announce(entry));
                return user;
            });
        } catch (SQLException e) {
            if (Transactions.duplicateKey(e)) {
                throw emailTaken(); // another request registered the same address at the same moment
            }
            throw e;
        }
    }

    private static ApiException emailTaken() {
        return new ApiException(409, "email_taken", "an account with this e-mail address exists already; sign in,"
                + " or reset its password", Map.of("field", "email"));
    }

    /**
     * Checks the password. A user without MFA is signed in ({@code auth:logged_in}); a user with MFA gets a sign-in
     * that waits for the code. The same 401 answers an unknown address and a wrong password.
     *
     * @param client the client's address, for the rate limit
     */
    public LoginOutcome login(String email, String password, String client) throws SQLException {
        String address = Input.email(email);
        String given = Input.password(password);
        Limits limits = this.limits;
        checkLimits(limits, address, client, "sign-ins");
        Optional<Account> found;
        try (Connection c = db.getConnection()) {
            found = UserTable.byEmail(c, address);
        }
        boolean ok = PasswordHash.matches(given.toCharArray(), found.map(Account::passwordHash).orElse(Decoy.HASH))
                && found.isPresent();
        if (!ok) {
            fail(limits, address, client);
            throw new ApiException(401, "invalid_credentials", "the e-mail address or the password is wrong",
                    Map.of());
        }
        limits.perEmail().clear(key(address));
        Account account = found.get();
        if (account.mfaEnabled()) {
            return Transactions.inTransaction(db, (c, after) -> {
                SessionTable.deleteExpired(c, account.id(), clock.instant());
                NewSession pending = NewSession.start(account.id(), Times.now(clock),
                        settings.mfaPendingLifetime());
                SessionTable.insert(c, pending.session(), Tokens.hash(pending.token()), true);
                return new LoginOutcome.MfaRequired(pending.session(), pending.token());
            });
        }
        return Transactions.inTransaction(db, (c, after) -> signIn(c, after, account.user(), false));
    }

    /** A new session and its secret. */
    record NewSession(Session session, String token) {
        static NewSession start(String userId, Instant now, Duration lifetime) {
            return new NewSession(new Session(Tokens.newId(), userId, now, now.plus(lifetime)), Tokens.newToken());
        }
    }

    /** Starts a session in the transaction; then {@code auth:mfa_verified} (when asked) and {@code auth:logged_in}. */
    private LoginOutcome.SignedIn signIn(Connection c, Transactions.AfterCommit after, User user, boolean mfa)
            throws SQLException {
        Instant now = Times.now(clock);
        SessionTable.deleteExpired(c, user.id(), now);
        NewSession created = NewSession.start(user.id(), now, settings.sessionLifetime());
        SessionTable.insert(c, created.session(), Tokens.hash(created.token()), false);
        String resource = "user/" + user.id();
        if (mfa) {
            AuditRecord verified = audit.write(c, user.id(), "auth.mfa_verified", resource, Map.of());
            after.then(() -> hooks.dispatch(CoreHooks.AUTH_MFA_VERIFIED, user));
            after.then(() -> audit.announce(verified));
        }
        AuditRecord entry = audit.write(c, user.id(), "auth.logged_in", resource,
                Map.of("session", created.session().id()));
        after.then(() -> hooks.dispatch(CoreHooks.AUTH_LOGGED_IN, new LoggedIn(user, created.session())));
        after.then(() -> audit.announce(entry));
        return new LoginOutcome.SignedIn(user, created.session(), created.token());
    }

    /** Completes a sign-in that waits for the code: a new session replaces the waiting one. */
    public LoginOutcome.SignedIn verifyMfa(String pendingToken, String code, String client) throws SQLException {
        String given = Input.code(code);
        SignedInSession pending = session(pendingToken).filter(SignedInSession::mfaPending)
                .orElseThrow(() -> new ApiException(401, "no_pending_sign_in", "no sign-in waits for a code (it may"
                        + " have expired): sign in again with POST /api/v1/auth/login", Map.of()));
        Limits limits = this.limits;
        String address = pending.user().email();
        checkLimits(limits, address, client, "codes");
        return Transactions.inTransaction(db, (c, after) -> {
            Account account = UserTable.byId(c, pending.user().id()).orElseThrow(Accounts::gone);
            OptionalLong step = account.mfaSecret() == null ? OptionalLong.empty()
                    : Totp.verify(account.mfaSecret(), given, clock.instant(), account.mfaLastStep());
            if (step.isEmpty() || !UserTable.useStep(c, account.id(), step.getAsLong())) {
                fail(limits, address, client);
                throw invalidCode();
            }
            limits.perEmail().clear(key(address));
            SessionTable.delete(c, pending.session().id());
            return signIn(c, after, account.user(), true);
        });
    }

    static ApiException invalidCode() {
        return new ApiException(401, "invalid_code", "the code is wrong, or was used already: enter the code your"
                + " authenticator app shows now", Map.of("field", "code"));
    }

    static ApiException gone() {
        return new ApiException(401, "unauthenticated", "the account no longer exists", Map.of());
    }

    /** The unexpired session of a cookie's secret, complete or waiting for the code; empty for anything else. */
    public Optional<SignedInSession> session(String token) throws SQLException {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        Optional<SignedInSession> found;
        try (Connection c = db.getConnection()) {
            found = SessionTable.find(c, Tokens.hash(token));
            if (found.isPresent() && found.get().expiredAt(clock.instant())) {
                SessionTable.delete(c, found.get().session().id());
                return Optional.empty();
            }
        }
        return found;
    }

    /** The account of a user. */
    public Optional<Account> account(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return UserTable.byId(c, userId);
        }
    }

    /** Ends the session of a cookie's secret, if there is one. */
    public void logout(String token) throws SQLException {
        if (!Tokens.plausible(token)) {
            return;
        }
        Transactions.inTransaction(db, (c, after) -> {
            Optional<SignedInSession> found = SessionTable.find(c, Tokens.hash(token));
            if (found.isEmpty() || SessionTable.delete(c, found.get().session().id()) == 0) {
                return null;
            }
            if (!found.get().mfaPending()) {
                User user = found.get().user();
                AuditRecord entry = audit.write(c, user.id(), "auth.logged_out", "user/" + user.id(),
                        Map.of("session", found.get().session().id()));
                after.then(() -> audit.announce(entry));
            }
            return null;
        });
    }

    private static String key(String email) {
        return "email:" + email;
    }

    private void checkLimits(Limits limits, String email, String client, String what) {
        Duration wait = limits.perEmail().retryAfter(key(email));
        if (client != null) {
            Duration byAddress = limits.perAddress().retryAfter("address:" + client);
            wait = byAddress.compareTo(wait) > 0 ? byAddress : wait;
        }
        if (!wait.isZero()) {
            log.info("Sign-in refused for a while: too many failed " + what + " for " + email + " or from " + client);
            throw new TooManyAttempts(what, wait);
        }
    }

    private static void fail(Limits limits, String email, String client) {
        limits.perEmail().failed(key(email));
        if (client != null) {
            limits.perAddress().failed("address:" + client);
        }
    }
}
