package io.hookwire.host.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.SubscriptionStatus;
import io.hookwire.hooks.core.User;

/** The 4xx answers of billing, each saying what to do instead. */
final class BillingErrors {
    private BillingErrors() {}

    /** A status as a client writes it ({@code past_due}, any case); a 400 that lists the statuses otherwise. */
    static SubscriptionStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            throw ApiException.badRequest("status", "a status is required: one of " + statusNames());
        }
        try {
            return SubscriptionStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status", "'" + status + "' is not a status; the statuses are "
                    + statusNames());
        }
    }

    private static List<String> statusNames() {
        return Arrays.stream(SubscriptionStatus.values()).map(BillingSubscription::text).toList();
    }

    static ApiException customerExists(User user) {
        return new ApiException(409, "customer_exists", "you have a billing customer already (GET"
                + " /api/v1/billing/customers/me)", Map.of("user", user.id()));
    }

    static ApiException invalidTransition(BillingSubscription sub, SubscriptionStatus to) {
        List<String> allowed = SubscriptionTransitions.from(sub.statusValue()).stream().sorted()
                .map(BillingSubscription::text).toList();
        return new ApiException(409, "invalid_transition", "a " + sub.status() + " subscription cannot become "
                + BillingSubscription.text(to) + (allowed.isEmpty() ? "; it is final" : "; it can become "
                + String.join(", ", allowed)), Map.of("from", sub.status(), "to", BillingSubscription.text(to),
                "allowed", allowed));
    }

    static ApiException alreadyPaid(BillingInvoice invoice) {
        return new ApiException(409, "already_paid", "invoice '" + invoice.id() + "' is paid already",
                Map.of("invoice", invoice.id()));
    }

    static ApiException noCustomer() {
        return new ApiException(409, "no_customer", "create your billing customer first: POST"
                + " /api/v1/billing/customers", Map.of());
    }
}
