package io.hookwire.host.tenants;

import java.util.regex.Pattern;

/**
 * The tenant the current thread works for: set by the host for each request, read by the dispatch gate and the
 * resource guard. A plugin enabled for some tenants only takes part in a request of one of them.
 */
public final class CurrentTenant {
    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private CurrentTenant() {}

    /** The current tenant, or {@code null} outside any tenant. */
    public static String get() {
        return TENANT.get();
    }

    /** Sets the tenant of the request this thread serves (the request filters: the header, then the caller's team). */
    public static void set(String tenant) {
        TENANT.set(tenant);
    }

    public static void clear() {
        TENANT.remove();
    }

    /** Runs {@code work} for {@code tenant}, and restores the tenant from before. */
    public static void runAs(String tenant, Runnable work) {
        String before = TENANT.get();
        TENANT.set(tenant);
        try {
            work.run();
        } finally {
            if (before == null) {
                TENANT.remove();
            } else {
                TENANT.set(before);
            }
        }
    }

    /** Whether {@code tenant} looks like a tenant id: letters, digits, '_', '.', '-', at most 100 characters. */
    public static boolean valid(String tenant) {
        return tenant != null && SHAPE.matcher(tenant).matches();
    }
}
