package io.hookwire.host.runtime;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default logging: one backend (Log4j 2 behind Pax Logging, which also takes the OSGi Log Service, SLF4J,
 * Commons Logging and java.util.logging), to the console and to {@code <data>/log/hookwire.log}, rolled at 10 MB with
 * five files kept. The root level comes from {@code hookwire.log.level}. Jetty and CXF log at WARN, so that serving
 * a request prints nothing at INFO; so do Liquibase and HikariCP, whose work the host sums up in one line each.
 * The access log (logger {@code io.hookwire.access}: one line per API request with its id) has a file of its own,
 * {@code <data>/log/access.log}, rolled the same way.
 */
final class LoggingDefaults {
    /** The Pax Logging configuration PID. */
    static final String PID = "org.ops4j.pax.logging";

    private LoggingDefaults() {}

    static Map<String, String> properties(Path dataDir, String rootLevel) {
        String log = dataDir.resolve("log").toString();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("log4j2.rootLogger.level", rootLevel);
        p.put("log4j2.rootLogger.appenderRef.console.ref", "console");
        p.put("log4j2.rootLogger.appenderRef.file.ref", "file");

        p.put("log4j2.appender.console.type", "Console");
        p.put("log4j2.appender.console.name", "console");
        p.put("log4j2.appender.console.layout.type", "PatternLayout");
        p.put("log4j2.appender.console.layout.pattern", "%d{HH:mm:ss.SSS} %-5level %-30.30c{1.} | %m%n");

        rollingFile(p, "file", log + "/hookwire", "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %c - %m%n");

        // the access log: its own file, not the console's or hookwire.log's (additivity off)
        p.put("log4j2.logger.access.name", "io.hookwire.access");
        p.put("log4j2.logger.access.level", "INFO");
        p.put("log4j2.logger.access.additivity", "false");
        p.put("log4j2.logger.access.appenderRef.access.ref", "access");
        rollingFile(p, "access", log + "/access", "%d{yyyy-MM-dd HH:mm:ss.SSS} [%t] %m%n");

        quiet(p, "jetty", "org.eclipse.jetty");
        quiet(p, "cxf", "org.apache.cxf");
        quiet(p, "aries", "org.apache.aries");
        quiet(p, "pax", "org.ops4j.pax.logging"); // "logging configuration changed" at every start
        // a dozen lines per migration and per pool; the host logs one line for each of them
        quiet(p, "liquibase", "liquibase");
        quiet(p, "hikari", "com.zaxxer.hikari");
        // the Web Console warns at every start that its own pages still use the javax servlet API: nothing an
        // operator can act on
        level(p, "webconsole", "org.apache.felix.webconsole", "ERROR");
        return p;
    }

    /** A file {@code <base>.log}, rolled at 10 MB into {@code <base>-<i>.log.gz}, five kept. */
    private static void rollingFile(Map<String, String> p, String name, String base, String pattern) {
        String prefix = "log4j2.appender." + name + ".";
        p.put(prefix + "type", "RollingFile");
        p.put(prefix + "name", name);
        p.put(prefix + "fileName", base + ".log");
        p.put(prefix + "filePattern", base + "-%i.log.gz");
        p.put(prefix + "layout.type", "PatternLayout");
        p.put(prefix + "layout.pattern", pattern);
        p.put(prefix + "policies.type", "Policies");
        p.put(prefix + "policies.size.type", "SizeBasedTriggeringPolicy");
        p.put(prefix + "policies.size.size", "10MB");
        p.put(prefix + "strategy.type", "DefaultRolloverStrategy");
        p.put(prefix + "strategy.max", "5");
    }

    private static void quiet(Map<String, String> p, String key, String logger) {
        level(p, key, logger, "WARN");
    }

    private static void level(Map<String, String> p, String key, String logger, String level) {
        p.put("log4j2.logger." + key + ".name", logger);
        p.put("log4j2.logger." + key + ".level", level);
    }
}
