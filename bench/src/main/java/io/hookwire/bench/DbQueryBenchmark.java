package io.hookwire.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.DbQuery;
import io.hookwire.hooks.impl.HookRegistry;
import io.hookwire.hooks.impl.PluginHooks;
import io.hookwire.host.db.HookedDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code db:query} costs: a PreparedStatement that selects one row by primary key from an in-memory H2
 * database, through plain H2 and through the host's {@link HookedDataSource} (the DataSource every plugin gets).
 *
 * <p>{@code source}: {@code plain} is the pool the host opens (HikariCP over H2's own DataSource, see
 * {@code HostDatabase}), unwrapped; {@code hooked} is the same pool wrapped as the host registers it,
 * with no {@code db:query} handler; {@code handler} is wrapped with one trivial handler (it keeps the elapsed time),
 * registered by a plugin of its own in a real registry with the runtime's default settings; {@code proxy} is the
 * same reporting done with {@code java.lang.reflect.Proxy}, with no handler, for comparison.
 *
 * <p>{@code select}: prepare, bind, execute, read the row, close, on a connection held for the whole run.
 * {@code borrowAndSelect}: the same, borrowing the connection from the pool for each operation, as the host's code
 * does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DbQueryBenchmark {
    static final String SQL = "SELECT id, name FROM item WHERE id = ?";
    static final int ROWS = 1024;

    @Param({"plain", "hooked", "handler", "proxy"})
    public String source;

    private HookRegistry registry;
    private HikariDataSource pool;
    private DataSource dataSource;
    private Connection held;
    private int next;
    /** What the trivial handler writes: the last elapsed time, and how often it ran (checked in the set-up). */
    volatile long lastElapsed;
    private final AtomicInteger handled = new AtomicInteger();

    @Setup
    public void setup() throws SQLException {
        registry = Registries.start("on", "default");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        HikariConfig config = new HikariConfig();
        config.setDataSource(h2);
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, name VARCHAR(40))");
            s.execute("DELETE FROM item");
            s.execute("INSERT INTO item SELECT x, 'item ' || x FROM SYSTEM_RANGE(0, " + (ROWS - 1) + ")");
        }
        PluginHooks host = new PluginHooks(registry, "host");
        dataSource = switch (source) {
            case "plain" -> pool;
            case "hooked", "handler" -> new HookedDataSource(pool, host);
            case "proxy" -> ProxyDataSource.wrap(pool, host);
            default -> throw new IllegalArgumentException("source must be plain, hooked, handler or proxy");
        };
        if (source.equals("handler")) {
            new PluginHooks(registry, "bench-plugin").registerAction(CoreHooks.DB_QUERY, 10, "trivial",
                    (DbQuery q) -> {
                        lastElapsed = q.elapsedNanos();
                        handled.incrementAndGet();
                    });
        }
        held = dataSource.getConnection();
        // the benchmark must measure what it says: the row comes back, and the handler runs exactly when it should
        if (!"item 7".equals(select(held, 7)) || !"item 8".equals(borrowAndSelect(8))) {
            throw new IllegalStateException("the select did not return the row");
        }
        int expected = source.equals("handler") ? 2 : 0;
        if (handled.get() != expected) {
            throw new IllegalStateException(source + ": the handler ran " + handled.get() + " times, not " + expected);
        }
    }

    @TearDown
    public void tearDown() throws SQLException {
        held.close();
        pool.close();
        registry.close();
    }

    private int nextId() {
        next = (next + 1) & (ROWS - 1);
        return next;
    }

    static String select(Connection connection, int id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(2) : null;
            }
        }
    }

    private String borrowAndSelect(int id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return select(c, id);
        }
    }

    @Benchmark
    public String select() throws SQLException {
        return select(held, nextId());
    }

    @Benchmark
    public String borrowAndSelect() throws SQLException {
        return borrowAndSelect(nextId());
    }
}
