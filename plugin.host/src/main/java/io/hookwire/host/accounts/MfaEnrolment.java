package io.hookwire.host.accounts;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;

/**
 * Turning on the second factor: enrolment hands out a new TOTP secret (kept server-side, pending), and a code from
 * the authenticator app confirms it, which turns MFA on ({@code auth.mfa_enabled} in the audit trail). Thread-safe.
 */
@Component(service = MfaEnrolment.class)
public final class MfaEnrolment {
    /** The issuer that authenticator apps show next to the account. */
    static final String ISSUER = "Hookwire";

    /** What an authenticator app needs: the secret, and the same as an {@code otpauth://} URI. */
    public record Enrolment(String secret, String otpauthUri) {}

    private final DataSource db;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public MfaEnrolment(@Reference(target = "(hookwire.datasource=main)") DataSource db,
            @Reference AuditTrail audit) {
        this(db, audit, Clock.systemUTC());
    }

    public MfaEnrolment(DataSource db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new pending secret for the user (replacing one not confirmed yet); 409 when MFA is on already. */
    public Enrolment enroll(User user) throws SQLException {
        String secret = Totp.newSecret();
        Transactions.inTransaction(db, (c, after) -> {
            Account account = UserTable.byId(c, user.id()).orElseThrow(Accounts::gone);
            if (account.mfaEnabled()) {
                throw new ApiException(409, "mfa_enabled", "multi-factor sign-in is on already", Map.of());
            }
            UserTable.setPendingSecret(c, user.id(), secret);
            return null;
        });
        return new Enrolment(secret, Totp.uri(ISSUER, user.email(), secret));
    }

    /** Turns MFA on when {@code code} is valid for the pending secret. */
    public void confirm(User user, String code) throws SQLException {
        String given = Input.code(code);
        Transactions.inTransaction(db, (c, after) -> {
            Account account = UserTable.byId(c, user.id()).orElseThrow(Accounts::gone);
            if (account.mfaEnabled()) {
                throw new ApiException(409, "mfa_enabled", "multi-factor sign-in is on already", Map.of());
            }
            if (account.mfaPendingSecret() == null) {
                throw new ApiException(409, "not_enrolled", "nothing to confirm: start with POST"
                        + " /api/v1/auth/mfa/enroll", Map.of());
            }
            OptionalLong step = Totp.verify(account.mfaPendingSecret(), given, clock.instant(), Long.MIN_VALUE);
            if (step.isEmpty()) {
                throw new ApiException(400, "invalid_code", "the code does not match the secret: enter the code"
                        + " your authenticator app shows now", Map.of("field", "code"));
            }
            UserTable.enableMfa(c, user.id(), step.getAsLong());
            AuditRecord entry = audit.write(c, user.id(), "auth.mfa_enabled", "user/" + user.id(), Map.of());
            after.then(() -> audit.announce(entry));
            return null;
        });
    }
}
