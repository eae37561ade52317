package io.hookwire.host.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.host.pipeline.RequestIds;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes the audit trail (hookwire_audit) and fires {@code audit:record} once an entry is committed.
 *
 * <p>An operation that changes data writes its entry in its own transaction ({@link #write}), and announces it
 * after the commit ({@link #announce}), so that a rolled-back change leaves no entry and fires nothing. Anything else
 * calls {@link #record}, which does both in a transaction of its own. An entry written while serving a request
 * names that request's id ({@link RequestIds}: the client's {@code X-Request-Id} when well-formed). Thread-safe.
 */
@Component(service = AuditTrail.class)
public final class AuditTrail {
    private static final int DETAILS_MAX = 4000;

    private final DataSource db;
    private final Hooks hooks;
    private final Clock clock;

    @Activate
    public AuditTrail(@Reference(target = "(hookwire.datasource=main)") DataSource db, @Reference Hooks hooks) {
        this(db, hooks, Clock.systemUTC());
    }

    AuditTrail(DataSource db, Hooks hooks, Clock clock) {
        this.db = db;
        this.hooks = hooks;
        this.clock = clock;
    }

    /**
     * Writes an entry in the caller's transaction; call {@link #announce} with the result once it is committed.
     *
     * @param actor who acted: a user id, {@code system}, {@code admin:<name>} or a plugin id
     * @param action what was done, {@code domain.verb}, for example {@code auth.registered}
     * @param resource what it was done to, for example {@code user/42}
     */
    public AuditRecord write(Connection connection, String actor, String action, String resource,
            Map<String, String> meta) throws SQLException {
        AuditRecord entry = new AuditRecord(actor, action, resource, meta, clock.instant(), RequestIds.current());
        try (PreparedStatement s = connection.prepareStatement("insert into hookwire_audit (at, actor, action,"
                + " resource, details, request_id) values (?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(entry.at()));
            s.setString(2, entry.actor());
            s.setString(3, entry.action());
            s.setString(4, entry.resource() == null ? "" : entry.resource());
            s.setString(5, details(entry.meta()));
            s.setString(6, entry.requestId());
            s.executeUpdate();
        }
        return entry;
    }

    /** Fires {@code audit:record} for an entry that is committed. */
    public void announce(AuditRecord entry) {
        hooks.dispatch(CoreHooks.AUDIT_RECORD, entry);
    }

    /** Writes an entry in a transaction of its own, then fires {@code audit:record}. */
    public AuditRecord record(String actor, String action, String resource, Map<String, String> meta)
            throws SQLException {
        AuditRecord entry;
        try (Connection c = db.getConnection()) {
            entry = write(c, actor, action, resource, meta);
        }
        announce(entry);
        return entry;
    }

    /** {@code key=value; key=value}, sorted by key, cut at the column's size. */
    static String details(Map<String, String> meta) {
        if (meta == null || meta.isEmpty()) {
            return null;
        }
        String text = new TreeMap<>(meta).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return text.length() <= DETAILS_MAX ? text : text.substring(0, DETAILS_MAX - 3) + "...";
    }
}
