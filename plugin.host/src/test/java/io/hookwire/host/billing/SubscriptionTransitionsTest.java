package io.hookwire.host.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookwire.hooks.core.SubscriptionStatus;
import org.junit.jupiter.api.Test;

class SubscriptionTransitionsTest {
    @Test
    void theTransitionsAreTheDocumentedOnes() {
        assertThat(SubscriptionTransitions.from(SubscriptionStatus.TRIALING)).containsExactlyInAnyOrder(
                SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE, SubscriptionStatus.EXPIRED,
                SubscriptionStatus.CANCELED);
        assertThat(SubscriptionTransitions.from(SubscriptionStatus.ACTIVE)).containsExactlyInAnyOrder(
                SubscriptionStatus.PAST_DUE, SubscriptionStatus.CANCELED);
        assertThat(SubscriptionTransitions.allowed(SubscriptionStatus.PAST_DUE, SubscriptionStatus.ACTIVE)).isTrue();
        assertThat(SubscriptionTransitions.allowed(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING)).isFalse();
        assertThat(SubscriptionTransitions.allowed(SubscriptionStatus.ACTIVE, SubscriptionStatus.ACTIVE)).isFalse();
        assertThat(SubscriptionTransitions.from(SubscriptionStatus.CANCELED)).isEmpty();
        assertThat(SubscriptionTransitions.from(SubscriptionStatus.EXPIRED)).isEmpty();
    }
}
