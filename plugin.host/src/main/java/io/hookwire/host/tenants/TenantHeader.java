package io.hookwire.host.tenants;

import java.util.Map;

import io.hookwire.api.rest.ApiException;

/**
 * The request header {@value #HEADER} that names the tenant (a team) of a request. The request filter that reads it
 * ({@code io.hookwire.host.bouncer.CallerFilter}) also decides the signed-in caller's team: one filter, because the
 * JAX-RS whiteboard does not promise an order between two.
 */
public final class TenantHeader {
    /** The request header that names the tenant. */
    public static final String HEADER = "X-Hookwire-Tenant";

    private TenantHeader() {}

    /**
     * The tenant the header names, trimmed, or {@code null} without one.
     *
     * @throws ApiException 400 for a value that is not a tenant id
     */
    public static String read(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tenant = value.trim();
        if (!CurrentTenant.valid(tenant)) {
            throw new ApiException(400, "invalid_argument", "the " + HEADER + " header must be a tenant id: letters,"
                    + " digits, '_', '.' and '-', at most 100 characters", Map.of("header", HEADER));
        }
        return tenant;
    }
}
