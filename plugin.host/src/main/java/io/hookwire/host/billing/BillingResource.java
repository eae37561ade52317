package io.hookwire.host.billing;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.User;
import io.hookwire.host.rest.JsonMapping;

/**
 * Billing over REST, under {@code /api/v1/billing}, for the signed-in caller (the {@link Bouncer}'s; nobody signed
 * in gets a 401): their customer, subscriptions and invoices. The plans are public. Errors are JSON
 * ({@code {"error", "message", "details"}}); see {@link Billing} for what each change does and fires.
 *
 * <p>The Bouncer reference is dynamic and greedy: a better-ranked Bouncer that arrives later is used from then on,
 * without restarting this resource (which would make the JAX-RS whiteboard rebuild the application).
 */
@Component(service = BillingResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/billing")
@Produces(MediaType.APPLICATION_JSON)
public final class BillingResource {
    public record PlanList(Collection<Plan> plans) {}

    public record SubscriptionList(List<BillingSubscription> subscriptions) {}

    public record InvoiceList(List<BillingInvoice> invoices) {}

    /** The answer to {@code POST subscriptions}: the new subscription, and the invoice of its first period. */
    public record NewSubscriptionAnswer(String id, String customerId, String plan, String status,
            Instant currentPeriodEnd, Instant createdAt, Instant updatedAt, BillingInvoice invoice) {
        static NewSubscriptionAnswer of(Billing.Subscribed made) {
            BillingSubscription s = made.subscription();
            return new NewSubscriptionAnswer(s.id(), s.customerId(), s.plan(), s.status(), s.currentPeriodEnd(),
                    s.createdAt(), s.updatedAt(), made.invoice());
        }
    }

    /** The body of {@code POST subscriptions}. */
    public record NewSubscription(String plan) {}

    /** The body of {@code PATCH subscriptions/{id}}. */
    public record StatusChange(String status) {}

    private final Billing billing;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Bouncer bouncer;

    @Activate
    public BillingResource(@Reference Billing billing) {
        this.billing = billing;
    }

    private User caller() {
        return bouncer.caller().requireUser();
    }

    /** A JSON body whatever its content type says ({@code curl -d} works), or {@code null} when there is none. */
    private static <T> T read(String body, Class<T> type) throws IOException {
        return body == null || body.isBlank() ? null : JsonMapping.MAPPER.readValue(body, type);
    }

    @GET
    @Path("plans")
    public PlanList plans() {
        return new PlanList(billing.plans());
    }

    @POST
    @Path("customers")
    public Response createCustomer() throws SQLException {
        BillingCustomer customer = billing.createCustomer(caller());
        return Response.created(URI.create("/api/v1/billing/customers/me")).entity(customer).build();
    }

    @GET
    @Path("customers/me")
    public BillingCustomer customer() throws SQLException {
        User user = caller();
        return billing.customer(user.id()).orElseThrow(() -> new ApiException(404, "not_found", "you have no"
                + " billing customer yet: POST /api/v1/billing/customers", java.util.Map.of()));
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.WILDCARD)
    public Response subscribe(String json) throws IOException, SQLException {
        User user = caller();
        NewSubscription body = read(json, NewSubscription.class);
        Billing.Subscribed made = billing.subscribe(user, body == null ? null : body.plan());
        return Response.created(URI.create("/api/v1/billing/subscriptions/" + made.subscription().id()))
                .entity(NewSubscriptionAnswer.of(made)).build();
    }

    @GET
    @Path("subscriptions")
    public SubscriptionList subscriptions() throws SQLException {
        return new SubscriptionList(billing.subscriptions(caller().id()));
    }

    @GET
    @Path("subscriptions/{id}")
    public BillingSubscription subscription(@PathParam("id") String id) throws SQLException {
        return billing.subscription(caller().id(), id);
    }

    @PATCH
    @Path("subscriptions/{id}")
    @Consumes(MediaType.WILDCARD)
    public BillingSubscription changeStatus(@PathParam("id") String id, String json)
            throws IOException, SQLException {
        User user = caller();
        StatusChange body = read(json, StatusChange.class);
        return billing.changeStatus(user, id, body == null ? null : body.status());
    }

    @GET
    @Path("invoices")
    public InvoiceList invoices() throws SQLException {
        return new InvoiceList(billing.invoices(caller().id()));
    }

    @GET
    @Path("invoices/{id}")
    public BillingInvoice invoice(@PathParam("id") String id) throws SQLException {
        return billing.invoice(caller().id(), id);
    }

    @POST
    @Path("invoices/{id}/pay")
    public BillingInvoice pay(@PathParam("id") String id) throws SQLException {
        return billing.pay(caller(), id);
    }
}
