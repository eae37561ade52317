package io.hookwire.testplugin.pipeline.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.DbQuery;

/**
 * {@code db:query}: counts the statements and keeps the last ones. When asked to ({@code PUT queries/recursion}), it
 * also runs a query of its own, {@value #PROBE}, through the same DataSource for each statement it is told of: the
 * host must not report that one (else this handler would be called for it, endlessly).
 */
@Component
@HookName("db:query")
@HookHandlerId("count")
public final class QueryCounter implements ActionHandler<DbQuery> {
    static final String PROBE = "SELECT 1 /* test-pipeline recursion probe */";

    private final Seen seen;
    private final DataSource db;

    @Activate
    public QueryCounter(@Reference Seen seen, @Reference(target = "(hookwire.datasource=main)") DataSource db) {
        this.seen = seen;
        this.db = db;
    }

    @Override
    public void handle(DbQuery query) {
        seen.query(new Seen.Query(query.sql(), query.bindings().stream().map(String::valueOf).toList(),
                query.elapsedNanos()));
        if (seen.recurse.get()) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(PROBE)) {
                rs.next();
                seen.recursionProbes.incrementAndGet();
            } catch (SQLException e) {
                throw new IllegalStateException("the recursion probe failed", e);
            }
        }
    }
}
