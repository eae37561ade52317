package io.hookwire.host.billing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.hookwire.hooks.core.SubscriptionStatus;

/**
 * Which status a subscription may go to from which. A trial becomes active (paid), past due (the trial ended
 * unpaid) or expired; an active subscription falls past due when an invoice is not paid; a past due one becomes
 * active again when it is, or expires. Any live subscription can be canceled. Canceled and expired are final.
 * Staying in the same status is not a transition.
 */
public final class SubscriptionTransitions {
    private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> ALLOWED =
            new EnumMap<>(SubscriptionStatus.class);

    static {
        ALLOWED.put(SubscriptionStatus.TRIALING, EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE,
                SubscriptionStatus.EXPIRED, SubscriptionStatus.CANCELED));
        ALLOWED.put(SubscriptionStatus.ACTIVE, EnumSet.of(SubscriptionStatus.PAST_DUE, SubscriptionStatus.CANCELED));
        ALLOWED.put(SubscriptionStatus.PAST_DUE, EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.EXPIRED,
                SubscriptionStatus.CANCELED));
        ALLOWED.put(SubscriptionStatus.CANCELED, EnumSet.noneOf(SubscriptionStatus.class));
        ALLOWED.put(SubscriptionStatus.EXPIRED, EnumSet.noneOf(SubscriptionStatus.class));
    }

    private SubscriptionTransitions() {}

    /** Whether a subscription in {@code from} may go to {@code to}. */
    public static boolean allowed(SubscriptionStatus from, SubscriptionStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Where a subscription in {@code from} may go. */
    public static Set<SubscriptionStatus> from(SubscriptionStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }
}
