package io.hookwire.hooks.core;

import org.osgi.annotation.versioning.ProviderType;

/** {@code app:capabilities:register}: where plugins declare the abilities (permissions) they bring. */
@ProviderType
public interface CapabilityRegistry {
    /**
     * Declares an ability, for example {@code notes:write}.
     *
     * @throws IllegalArgumentException when the name does not look like {@code domain:verb}
     */
    void declare(String ability, String description);
}
