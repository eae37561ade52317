package io.hookwire.host.admin;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks the administrator's credentials, for every front end that needs them (the admin REST API, the Web Console).
 * There is no default password: the operator sets one, or the first start generates one and keeps only its hash.
 */
@ProviderType
public interface AdminAuthenticator {
    /**
     * Whether these are the administrator's credentials. Takes about as long whether they are right or wrong (the
     * hash is deliberately slow), so callers should not call it in a tight loop.
     */
    boolean authenticate(String username, char[] password);
}
