package io.hookwire.host.pipeline;

import javax.ws.rs.Priorities;

/**
 * Where the HTTP pipeline's filters stand among the host's JAX-RS filters of the default application. JAX-RS runs
 * pre-matching request filters first, then the others, each group by ascending priority; response filters by
 * descending priority; writer interceptors by ascending priority, the first one outermost.
 *
 * <table>
 * <caption>Request filters, in the order they run</caption>
 * <tr><th>priority</th><th>filter</th><th>why there</th></tr>
 * <tr><td>{@value #REQUEST_ID}</td><td>{@link RequestIdFilter}, pre-matching</td><td>first: every answer, refusals
 * included, carries the request id, and every error log line can name it</td></tr>
 * <tr><td>1000</td><td>the tenant and caller filter, {@code bouncer.CallerFilter}, pre-matching</td><td>sets
 * the current tenant and caller</td></tr>
 * <tr><td>1000</td><td>{@code security.AdminAuthFilter}, pre-matching</td><td>the administrator's paths; a request
 * it refuses (401, 503) never reaches {@code http:request}</td></tr>
 * <tr><td>{@value #HTTP_REQUEST}</td><td>{@link HttpRequestHook}, pre-matching</td><td>after authentication and
 * the tenant, so that its handlers see the caller and the tenant; before matching, so that it runs for every
 * {@code /api/v1} request, unknown paths included, and a refusal costs no resource look-up</td></tr>
 * <tr><td>2000</td><td>{@code tenants.TenantResourceGuard}</td><td>after matching: it needs the resource</td></tr>
 * </table>
 *
 * <p>On the way out, {@link HttpResponseHook} ({@value #HTTP_RESPONSE}) is the first response filter, so the tenant
 * and the caller are still set when it looks at them (the tenant filter clears the tenant in its own response
 * filter), and, as a writer interceptor, it runs inside any entity coder ({@code Priorities.ENTITY_CODER}, 4000):
 * it sees the body before it is compressed. {@link RequestIdFilter} is the last response filter.
 *
 * <p>The request id and the caller do not depend on this order: whichever filter asks first gives the request its
 * id ({@link RequestIds#of}), and {@link HttpRequestHook} has the caller decided ({@code CallerFilter.decide}, once
 * per request) before it builds the exchange. Note for tests: inside Pax Exam, CXF finds {@code javax.annotation.Priority} through the
 * thread's context class loader on the test class path (pax-url-aether carries a copy), so it sees no priority on
 * any filter and runs them in service order; the order above is tested against the real runtime
 * ({@code itests PipelineRuntimeIT}).
 */
public final class PipelineOrder {
    /** {@link RequestIdFilter}: before the tenant filter and the administrator's filter. */
    public static final int REQUEST_ID = Priorities.AUTHENTICATION - 200;
    /** {@link HttpRequestHook}: after authentication, before authorization. */
    public static final int HTTP_REQUEST = Priorities.AUTHORIZATION - 100;
    /** {@link HttpResponseHook}: first response filter, innermost writer interceptor of the host's. */
    public static final int HTTP_RESPONSE = Priorities.USER;

    private PipelineOrder() {}
}
