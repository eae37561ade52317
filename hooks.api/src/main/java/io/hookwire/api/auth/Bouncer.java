package io.hookwire.api.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.hookwire.api.rest.ApiException;

/**
 * The seed's {@code bouncer}: who is calling, and whether they hold an ability. Abilities are declared by plugins
 * when {@code app:capabilities:register} fires ({@link io.hookwire.hooks.core.CapabilityRegistry}), with the roles
 * that hold them by default; an operator can change the grants. A role also holds what the roles below it hold:
 * {@code owner}, then {@code admin}, then {@code member} (the roles in the current team), then {@value #ROLE_USER}
 * (anyone signed in).
 *
 * <p>The caller is the one of the request this thread serves; outside a request it is anonymous. Thread-safe.
 */
@ProviderType
public interface Bouncer {
    /** The pseudo-role of every signed-in user, in a team or not. */
    String ROLE_USER = "user";

    /** The caller of the current request. */
    Caller caller();

    /** Whether the current caller holds the ability. An ability nobody declared is held by nobody. */
    boolean allows(String ability);

    /**
     * Returns when the current caller holds the ability.
     *
     * @throws ApiException 401 {@code unauthenticated} when nobody is signed in, 403 {@code forbidden} (naming the
     *     ability) when the caller does not hold it
     */
    void authorize(String ability);

    /** Every declared ability, by name. */
    List<Ability> abilities();

    /** One declared ability. */
    Optional<Ability> ability(String name);

    /** The 401 that a request without a signed-in user gets. */
    static ApiException unauthenticated() {
        return new ApiException(401, "unauthenticated", "sign in first (POST /api/v1/auth/login)", Map.of());
    }

    /** The 403 that a caller without the ability gets. */
    static ApiException forbidden(String ability) {
        return new ApiException(403, "forbidden", "this needs the ability '" + ability + "'",
                Map.of("ability", ability));
    }
}
