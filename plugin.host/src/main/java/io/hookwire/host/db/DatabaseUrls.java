package io.hookwire.host.db;

import io.hookwire.host.runtime.HostSettings;

/** What the host reads from a JDBC URL: which driver serves it, and where the database is, fit for a log. */
final class DatabaseUrls {
    private DatabaseUrls() {}

    /** The {@code osgi.jdbc.driver.class} of the DataSourceFactory that serves this URL. */
    static String driverClass(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("the database URL '" + location(url) + "' (" + HostSettings.DB_URL
                + ") names no database the host supports: use jdbc:h2:... or jdbc:postgresql://...");
    }

    /** The URL without its options and parameters, which may hold a password. */
    static String location(String url) {
        int cut = url.length();
        for (char c : new char[] {';', '?'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut).replaceFirst("//[^/@]*@", "//");
    }
}
