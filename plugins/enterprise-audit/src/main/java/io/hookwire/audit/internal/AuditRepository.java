package io.hookwire.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * The events table, {@code plugin_enterprise_audit__events}. Times are kept to the microsecond (what both H2 and
 * PostgreSQL store), so that a cursor names an event exactly. Every call uses its own connection from the pool, in
 * auto-commit: each write is one statement. Thread-safe.
 */
public final class AuditRepository {
    static final String TABLE = "plugin_enterprise_audit__events";
    /** The column widths of the changelog: longer values are cut, never refused. */
    static final int HOOK_WIDTH = 128;
    static final int ACTOR_WIDTH = 200;
    static final int RESOURCE_WIDTH = 300;
    static final int TENANT_WIDTH = 100;
    static final int REQUEST_ID_WIDTH = 128;

    private final DataSource dataSource;

    public AuditRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Stores one event that no request caused and returns it with its id. */
    public AuditEvent insert(Instant at, String hook, String actor, String resource, String tenant, String payload)
            throws SQLException {
        return insert(at, hook, actor, resource, tenant, payload, null);
    }

    /** Stores one event and returns it with its id. */
    public AuditEvent insert(Instant at, String hook, String actor, String resource, String tenant, String payload,
            String requestId) throws SQLException {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        String sql = "INSERT INTO " + TABLE + " (at, hook, actor, resource, tenant, payload, request_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
            insert.setString(2, cut(hook, HOOK_WIDTH));
            insert.setString(3, cut(actor, ACTOR_WIDTH));
            insert.setString(4, cut(resource, RESOURCE_WIDTH));
            insert.setString(5, cut(tenant, TENANT_WIDTH));
            insert.setString(6, payload);
            insert.setString(7, cut(requestId, REQUEST_ID_WIDTH));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new AuditEvent(keys.getLong(1), when, cut(hook, HOOK_WIDTH), cut(actor, ACTOR_WIDTH),
                        cut(resource, RESOURCE_WIDTH), cut(tenant, TENANT_WIDTH), payload,
                        cut(requestId, REQUEST_ID_WIDTH));
            }
        }
    }

    /** A page of events that match the query, newest first ({@code at} descending, then {@code id} descending). */
    public EventPage find(EventQuery query) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.hook() != null) {
            where.add("hook = ?");
            params.add(query.hook());
        }
        if (query.actor() != null) {
            where.add("actor = ?");
            params.add(query.actor());
        }
        if (query.from() != null) {
            where.add("at >= ?");
            params.add(timestamp(query.from()));
        }
        if (query.tenant() != null) {
            where.add("tenant = ?");
            params.add(query.tenant());
        }
        if (query.to() != null) {
            where.add("at < ?");
            params.add(timestamp(query.to()));
        }
        if (query.cursor() != null) {
            where.add("(at < ? OR (at = ? AND id < ?))");
            params.add(timestamp(query.cursor().at()));
            params.add(timestamp(query.cursor().at()));
            params.add(query.cursor().id());
        }
        String sql = "SELECT id, at, hook, actor, resource, tenant, payload, request_id FROM " + TABLE
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
        params.add(query.offset());
        // one more than asked for tells whether there is a next page
        params.add(query.limit() + 1);
        List<AuditEvent> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new AuditEvent(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8)));
                }
            }
        }
        if (events.size() <= query.limit()) {
            return new EventPage(events, null);
        }
        List<AuditEvent> page = List.copyOf(events.subList(0, query.limit()));
        return new EventPage(page, Cursor.after(page.get(page.size() - 1)).encode());
    }

    /** Deletes the events recorded before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE at < ?")) {
            delete.setObject(1, timestamp(cutoff));
            return delete.executeUpdate();
        }
    }

    /** How many events are stored. */
    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static String cut(String value, int width) {
        return value == null || value.length() <= width ? value : value.substring(0, width);
    }
}
