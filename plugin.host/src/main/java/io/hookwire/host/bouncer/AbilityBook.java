package io.hookwire.host.bouncer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The abilities declared so far, and who declared each. A declaration is idempotent: declaring an ability again
 * replaces its description and default roles. A plugin may declare abilities of its own domain (the part before the
 * first {@code :}, when it equals its plugin id), or of a domain no other declarer uses and that is not another
 * plugin's id. Reads take no lock; declarations are serialised.
 */
final class AbilityBook {
    /** {@code domain:verb}, lower case; the verb may have further {@code :} parts. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9_-]*)+");
    static final int NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 500;

    /** An ability as declared, with its default roles. */
    record Declared(String name, String description, String declaredBy, Set<String> defaultRoles) {}

    private final Map<String, Declared> abilities = new ConcurrentHashMap<>();
    /** Whether a domain is the plugin id of another plugin than the declarer: (domain, declarer). */
    private final BiPredicate<String, String> othersPluginId;

    AbilityBook(BiPredicate<String, String> othersPluginId) {
        this.othersPluginId = othersPluginId;
    }

    static String domain(String ability) {
        return ability.substring(0, ability.indexOf(':'));
    }

    /**
     * Declares an ability for {@code declarer}.
     *
     * @throws IllegalArgumentException for a malformed name, an unknown role, or a domain that belongs to someone else
     */
    synchronized Declared declare(String declarer, String name, String description, Set<String> defaultRoles) {
        if (name == null || name.length() > NAME_MAX || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("ability '" + name + "' must look like 'domain:verb' (lower case"
                    + " letters, digits, '-' and '_'), for example 'notes:write', at most " + NAME_MAX + " characters");
        }
        Set<String> roles = RoleLadder.check(defaultRoles == null ? Set.of() : defaultRoles);
        String domain = domain(name);
        if (!domain.equals(declarer)) {
            if (othersPluginId.test(domain, declarer)) {
                throw new IllegalArgumentException("'" + declarer + "' cannot declare '" + name + "': the domain '"
                        + domain + "' is the id of another plugin");
            }
            for (Declared other : abilities.values()) {
                if (domain(other.name()).equals(domain) && !other.declaredBy().equals(declarer)) {
                    throw new IllegalArgumentException("'" + declarer + "' cannot declare '" + name + "': the domain '"
                            + domain + "' belongs to '" + other.declaredBy() + "'");
                }
            }
        }
        String text = description == null ? "" : description.strip();
        Declared declared = new Declared(name, text.length() <= DESCRIPTION_MAX ? text
                : text.substring(0, DESCRIPTION_MAX), declarer, roles);
        abilities.put(name, declared); // a plugin's own domain is its own, even if someone used it before
        return declared;
    }

    /** Forgets what a declarer declared (its plugin stopped). */
    synchronized void forget(String declarer) {
        abilities.values().removeIf(d -> d.declaredBy().equals(declarer));
    }

    Optional<Declared> get(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(abilities.get(name));
    }

    /** Every ability, sorted by name. */
    List<Declared> all() {
        List<Declared> all = new ArrayList<>(abilities.values());
        all.sort(Comparator.comparing(Declared::name));
        return all;
    }
}
