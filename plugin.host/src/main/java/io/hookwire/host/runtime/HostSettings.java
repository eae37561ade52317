package io.hookwire.host.runtime;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The runtime's own settings. Each is read, in this order, from the framework (or system) property
 * {@code hookwire.<name>}, from the environment variable {@code HOOKWIRE_<NAME>} (dots become underscores), and
 * else from its default.
 *
 * <table>
 * <caption>Settings</caption>
 * <tr><th>property</th><th>environment</th><th>default</th><th>meaning</th></tr>
 * <tr><td>hookwire.data</td><td>HOOKWIRE_DATA</td><td>data</td><td>where the database, logs and files live</td></tr>
 * <tr><td>hookwire.http.port</td><td>HOOKWIRE_HTTP_PORT</td><td>8080</td><td>the HTTP port (1–65535)</td></tr>
 * <tr><td>hookwire.http.host</td><td>HOOKWIRE_HTTP_HOST</td><td>localhost</td><td>the address to listen on;
 *     {@code 0.0.0.0} for every interface</td></tr>
 * <tr><td>hookwire.log.level</td><td>HOOKWIRE_LOG_LEVEL</td><td>INFO</td><td>the root log level</td></tr>
 * <tr><td>hookwire.deploy</td><td>HOOKWIRE_DEPLOY</td><td>deploy</td><td>the folder watched for plugin jars</td></tr>
 * <tr><td>hookwire.plugins.disabled</td><td>PLUGINS_DISABLED</td><td>false</td><td>the kill switch: {@code true} or
 *     {@code 1} starts only core plugins</td></tr>
 * <tr><td>hookwire.db.url</td><td>HOOKWIRE_DB_URL</td><td>{@code jdbc:h2:file:<data>/db/hookwire;WRITE_DELAY=0;
 *     DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=VALUE}</td><td>the database: {@code jdbc:h2:...} or {@code jdbc:postgresql://...}</td></tr>
 * <tr><td>hookwire.db.user</td><td>HOOKWIRE_DB_USER</td><td>{@code sa} for H2, else none</td><td>the database
 *     user</td></tr>
 * <tr><td>hookwire.db.password</td><td>HOOKWIRE_DB_PASSWORD</td><td>none</td><td>its password (never logged)</td></tr>
 * <tr><td>hookwire.db.pool.size</td><td>HOOKWIRE_DB_POOL_SIZE</td><td>10</td><td>connections in the pool
 *     (1–500)</td></tr>
 * <tr><td>hookwire.db.stale.lock.minutes</td><td>HOOKWIRE_DB_STALE_LOCK_MINUTES</td><td>10</td><td>a Liquibase
 *     lock older than this is released at boot (a lock of a dead process on this host is released at once)</td></tr>
 * </table>
 * A value that is not valid stops the start with a message that names the setting and says what is expected.
 */
public final class HostSettings {
    public static final String DATA = "hookwire.data";
    public static final String HTTP_PORT = "hookwire.http.port";
    public static final String HTTP_HOST = "hookwire.http.host";
    public static final String LOG_LEVEL = "hookwire.log.level";
    public static final String DEPLOY = "hookwire.deploy";
    /** The kill switch, as a property; the seed's environment variable is {@value #KILL_SWITCH_ENV}. */
    public static final String PLUGINS_DISABLED = "hookwire.plugins.disabled";
    public static final String KILL_SWITCH_ENV = "PLUGINS_DISABLED";
    public static final String DB_URL = "hookwire.db.url";
    public static final String DB_USER = "hookwire.db.user";
    public static final String DB_PASSWORD = "hookwire.db.password";
    public static final String DB_POOL_SIZE = "hookwire.db.pool.size";
    public static final String DB_STALE_LOCK_MINUTES = "hookwire.db.stale.lock.minutes";

    /**
     * The options of the default H2 database. WRITE_DELAY=0: every commit writes its changes to the file before it
     * returns (the default, 500 ms, leaves the last half second of commits in memory, lost on kill -9).
     * DB_CLOSE_ON_EXIT=FALSE: the pool closes the database when the framework stops, so H2's own shutdown hook
     * cannot close it under components that are still stopping. NON_KEYWORDS=VALUE: H2 2.x reserves VALUE, and the
     * host's settings table has a column of that name, which PostgreSQL takes unquoted. No AUTO_SERVER, no TCP
     * server, no console: nothing starts them unless the URL asks.
     */
    public static final String H2_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=VALUE";

    private final UnaryOperator<String> properties;
    private final Map<String, String> environment;

    /**
     * @param properties framework properties (which fall back to system properties)
     * @param environment the process environment
     */
    public HostSettings(UnaryOperator<String> properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The environment variable of a setting: {@code hookwire.http.port} is {@code HOOKWIRE_HTTP_PORT}. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** A setting's value from the property or the environment, or {@code null} when neither has it. */
    public String value(String property) {
        return get(property, null);
    }

    String get(String property, String defaultValue) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.get(environmentName(property));
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    public Path dataDir() {
        return Path.of(get(DATA, "data")).toAbsolutePath().normalize();
    }

    public int httpPort() {
        String value = get(HTTP_PORT, "8080");
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(HTTP_PORT + " (or " + environmentName(HTTP_PORT) + ") must be a port"
                + " number from 1 to 65535, not '" + value + "'");
    }

    public Path deployDir() {
        return Path.of(get(DEPLOY, "deploy")).toAbsolutePath().normalize();
    }

    /** The kill switch: {@code -Dhookwire.plugins.disabled=true} or {@code PLUGINS_DISABLED=1}. */
    public boolean pluginsDisabled() {
        String value = properties.apply(PLUGINS_DISABLED);
        if (value == null || value.isBlank()) {
            value = environment.get(KILL_SWITCH_ENV);
        }
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw new IllegalArgumentException(PLUGINS_DISABLED + " (or " + KILL_SWITCH_ENV + ") must be"
                    + " 1 or true to start only core plugins, or 0 or false, not '" + value + "'");
        };
    }

    public String httpHost() {
        return get(HTTP_HOST, "localhost");
    }

    /** The JDBC URL of the database; by default an H2 file database in {@code <data>/db}. */
    public String dbUrl() {
        String url = get(DB_URL, null);
        if (url == null) {
            return "jdbc:h2:file:" + dataDir().resolve("db").resolve("hookwire") + H2_OPTIONS;
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(DB_URL + " (or " + environmentName(DB_URL) + ") must be a jdbc:h2:"
                    + " or a jdbc:postgresql: URL, not '" + url.replaceAll("(?i)password=[^&;]*", "password=***")
                    + "'");
        }
        return url;
    }

    /** The database user: {@code sa} for H2 unless set, else none (the URL may carry it). */
    public String dbUser() {
        return get(DB_USER, dbUrl().startsWith("jdbc:h2:") ? "sa" : null);
    }

    public String dbPassword() {
        return get(DB_PASSWORD, null);
    }

    public int dbPoolSize() {
        return intSetting(DB_POOL_SIZE, "10", 1, 500);
    }

    public int dbStaleLockMinutes() {
        return intSetting(DB_STALE_LOCK_MINUTES, "10", 1, 10_000);
    }

    private int intSetting(String property, String defaultValue, int min, int max) {
        String value = get(property, defaultValue);
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(property + " (or " + environmentName(property) + ") must be a whole"
                + " number from " + min + " to " + max + ", not '" + value + "'");
    }

    public String logLevel() {
        String level = get(LOG_LEVEL, "INFO").toUpperCase(Locale.ROOT);
        return switch (level) {
            case "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF" -> level;
            default -> throw new IllegalArgumentException(LOG_LEVEL + " (or " + environmentName(LOG_LEVEL)
                    + ") must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF, not '" + level + "'");
        };
    }
}
