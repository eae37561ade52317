package io.hookwire.host.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.DbQuery;
import io.hookwire.hooks.impl.PluginHooks;
import io.hookwire.host.liquibase.TestDatabase;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wrapped DataSource on a real H2 database, with a real hook registry. */
class HookedDataSourceTest {
    private final TestDatabase db = new TestDatabase();
    private final PluginHooks hooks = PluginHooks.standalone("host");
    /** How many dispatches the DataSource asked for (dispatch or applyFilters), whether anyone listened or not. */
    private final AtomicInteger dispatches = new AtomicInteger();
    private final HookedDataSource hooked = new HookedDataSource(db.dataSource, counting(hooks, dispatches));
    private final List<DbQuery> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void schema() throws SQLException {
        db.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50), data BLOB)");
        db.execute("INSERT INTO item (id, name) VALUES (1, 'one'), (2, 'two')");
    }

    @AfterEach
    void close() {
        hooks.close();
    }

    private HookRegistration listen() {
        return new PluginHooks(hooks.registry(), "spy").registerAction(CoreHooks.DB_QUERY, seen::add);
    }

    /** The plugin's Hooks, counting the dispatches asked of it. */
    private static Hooks counting(Hooks hooks, AtomicInteger dispatches) {
        return (Hooks) Proxy.newProxyInstance(Hooks.class.getClassLoader(), new Class<?>[] {Hooks.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("dispatch") || method.getName().equals("applyFilters")) {
                        dispatches.incrementAndGet();
                    }
                    try {
                        return method.invoke(hooks, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aPreparedQueryIsReportedAfterItRanWithItsSqlBindingsAndTime() throws SQLException {
        listen();
        String sql = "SELECT name FROM item WHERE id = ? AND name <> ?";
        try (Connection c = hooked.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, 2);
            ps.setString(2, "x");
            assertThat(seen).as("nothing before it runs").isEmpty();
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("two");
            }
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).sql()).isEqualTo(sql);
        assertThat(seen.get(0).bindings()).containsExactly(2, "x");
        assertThat(seen.get(0).bindings().get(0)).isInstanceOf(Integer.class);
        assertThat(seen.get(0).elapsedNanos()).isPositive();
    }

    @Test
    void withoutAHandlerNothingIsFiredAndNoBindingIsKept() throws SQLException {
        try (Connection c = hooked.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE item SET name = ? WHERE id = ?")) {
            ps.setString(1, "uno");
            ps.setLong(2, 1L);
            assertThat(ps.executeUpdate()).isEqualTo(1);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM item").close();
            }
            assertThat(dispatches).as("no dispatch without a handler").hasValue(0);

            // a handler that arrives now sees the next execution, but the bindings set before it came were not kept
            listen();
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).bindings()).isEmpty();
        assertThat(db.column("SELECT name FROM item WHERE id = 1")).containsExactly("uno");
    }

    @Test
    void aRemovedHandlerIsNoLongerFired() throws SQLException {
        HookRegistration registration = listen();
        try (Connection c = hooked.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            registration.close();
            int before = dispatches.get();
            s.execute("SELECT 2");
            assertThat(dispatches).hasValue(before);
        }
        assertThat(seen).extracting(DbQuery::sql).containsExactly("SELECT 1");
    }

    @Test
    void everyKindOfStatementExecutionIsReported() throws SQLException {
        listen();
        try (Connection c = hooked.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO item (id, name) VALUES (3, 'three')");
            s.execute("DELETE FROM item WHERE id = 3");
            s.executeQuery("SELECT * FROM item").close();
            s.executeLargeUpdate("UPDATE item SET name = name");
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM item WHERE id = ?")) {
                ps.setObject(1, 1);
                assertThat(ps.execute()).isTrue();
                ps.clearParameters();
                ps.setNull(1, java.sql.Types.INTEGER);
                ps.executeQuery().close();
            }
        }
        assertThat(seen).extracting(DbQuery::sql).containsExactly("INSERT INTO item (id, name) VALUES (3, 'three')",
                "DELETE FROM item WHERE id = 3", "SELECT * FROM item", "UPDATE item SET name = name",
                "SELECT * FROM item WHERE id = ?", "SELECT * FROM item WHERE id = ?");
        assertThat(seen.get(0).bindings()).isEmpty();
        assertThat(seen.get(4).bindings()).containsExactly(1);
        assertThat(seen.get(5).bindings()).as("after clearParameters, an SQL NULL").containsExactly((Object) null);
    }

    @Test
    void aBatchIsReportedOnceWithEachRowsBindings() throws SQLException {
        listen();
        try (Connection c = hooked.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 10);
                ps.setString(2, "ten");
                ps.addBatch();
                ps.setInt(1, 11);
                ps.setString(2, "eleven");
                ps.addBatch();
                assertThat(ps.executeBatch()).containsExactly(1, 1);
            }
            try (Statement s = c.createStatement()) {
                s.addBatch("DELETE FROM item WHERE id = 10");
                s.addBatch("DELETE FROM item WHERE id = 11");
                s.executeBatch();
            }
        }
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).bindings()).containsExactly(List.of(10, "ten"), List.of(11, "eleven"));
        assertThat(seen.get(1).sql()).isEqualTo("DELETE FROM item WHERE id = 10;\nDELETE FROM item WHERE id = 11");
    }

    @Test
    void aFailingStatementIsReportedAndItsErrorReachesTheCaller() throws SQLException {
        listen();
        try (Connection c = hooked.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM missing")).isInstanceOf(SQLException.class);
        }
        assertThat(seen).extracting(DbQuery::sql).containsExactly("SELECT * FROM missing");
    }

    @Test
    void aHandlerThatQueriesTheDatabaseDoesNotFireItselfAgain() throws SQLException {
        List<String> answers = new CopyOnWriteArrayList<>();
        new PluginHooks(hooks.registry(), "recursive").registerAction(CoreHooks.DB_QUERY, q -> {
            seen.add(q);
            try (Connection c = hooked.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM item")) {
                rs.next();
                answers.add(rs.getString(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection c = hooked.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            s.execute("SELECT 2");
        }
        assertThat(seen).extracting(DbQuery::sql).containsExactly("SELECT 1", "SELECT 2");
        assertThat(answers).as("the handler's own query ran, unreported").containsExactly("2", "2");
    }

    @Test
    void streamsAreShownByTheirTypeAndCallableStatementsReportToo() throws SQLException {
        listen();
        try (Connection c = hooked.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE item SET data = ? WHERE id = ?")) {
                ps.setBinaryStream(1, new ByteArrayInputStream(new byte[] {1, 2, 3}));
                ps.setInt(2, 1);
                ps.executeUpdate();
            }
            try (CallableStatement cs = c.prepareCall("CALL ? + 1")) {
                cs.setInt(1, 41);
                try (ResultSet rs = cs.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(42);
                }
            }
        }
        assertThat(seen.get(0).bindings()).containsExactly("<InputStream>", 1);
        assertThat(seen.get(1).sql()).isEqualTo("CALL ? + 1");
        assertThat(seen.get(1).bindings()).containsExactly(41);
        assertThat(db.column("SELECT LENGTH(data) FROM item WHERE id = 1")).containsExactly("3");
    }

    @Test
    void theWrappersKeepTheirIdentityAndUnwrapToTheDriver() throws SQLException {
        try (Connection c = hooked.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT 1")) {
            assertThat(ps.getConnection()).isSameAs(c);
            assertThat(c.isWrapperFor(JdbcConnection.class)).isTrue();
            assertThat(c.unwrap(JdbcConnection.class)).isInstanceOf(JdbcConnection.class);
            assertThat(hooked.unwrap(HookedDataSource.class)).isSameAs(hooked);
            assertThat(Arrays.asList(c.getClass().getInterfaces())).contains(Connection.class);
        }
    }
}
