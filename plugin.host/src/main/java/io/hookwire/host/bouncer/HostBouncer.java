package io.hookwire.host.bouncer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.api.auth.Ability;
import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;
import io.hookwire.api.plugin.PluginHeaders;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CapabilityRegistry;
import io.hookwire.host.accounts.Transactions;
import io.hookwire.host.audit.AuditTrail;

/**
 * The {@link Bouncer}: abilities declared on {@code app:capabilities:register} (through {@link #registry()}), the
 * roles that hold them (the declared defaults, or an operator's grant kept in hookwire_ability_grant), and the
 * checks. The caller is the one of the current request ({@link CurrentCaller}). Thread-safe; checks take no lock.
 */
@Component(service = {Bouncer.class, HostBouncer.class})
public final class HostBouncer implements Bouncer {
    /** An ability as the operator sees it: what it is, who declared it, its default roles, and the grant in force. */
    public record AbilityView(String name, String description, String declaredBy, Set<String> roles,
            Set<String> defaultRoles, boolean overridden) {}

    private final DataSource db;
    private final AuditTrail audit;
    private final Clock clock;
    private final AbilityBook book;
    private final Declarers declarers;
    private final Map<String, Set<String>> grants = new ConcurrentHashMap<>();
    private final CapabilityRegistry registry = new Registry();

    @Activate
    public HostBouncer(BundleContext context, @Reference(target = "(hookwire.datasource=main)") DataSource db,
            @Reference AuditTrail audit) throws SQLException {
        this(db, audit, Clock.systemUTC(), (domain, declarer) -> otherPluginsId(context, domain, declarer),
                type -> pluginOf(context.getBundle(), type));
    }

    HostBouncer(DataSource db, AuditTrail audit, Clock clock, BiPredicate<String, String> othersPluginId,
            Function<Class<?>, String> pluginOf) throws SQLException {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.book = new AbilityBook(othersPluginId);
        this.declarers = new Declarers(pluginOf, Set.of(Registry.class, Declarers.class));
        try (Connection c = db.getConnection()) {
            grants.putAll(GrantTable.load(c));
        }
    }

    /** The plugin a class belongs to: core for the host, null for no bundle or the API bundle (no declarer). */
    static String pluginOf(Bundle host, Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        if (bundle == null || bundle == FrameworkUtil.getBundle(CapabilityRegistry.class)) {
            return null;
        }
        if (bundle.getBundleId() == host.getBundleId()) {
            return Declarers.CORE;
        }
        return pluginId(bundle);
    }

    /** The bundle's Plugin-Id, else its symbolic name (as the hook registry attributes handlers). */
    static String pluginId(Bundle bundle) {
        String id = bundle.getHeaders("").get(PluginHeaders.ID);
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        return bundle.getSymbolicName() != null ? bundle.getSymbolicName() : "bundle-" + bundle.getBundleId();
    }

    private static boolean otherPluginsId(BundleContext context, String domain, String declarer) {
        for (Bundle bundle : context.getBundles()) {
            String id = bundle.getHeaders("").get(PluginHeaders.ID);
            if (id != null && id.trim().equals(domain) && !domain.equals(declarer)) {
                return true;
            }
        }
        return false;
    }

    /** What {@code app:capabilities:register} hands its handlers. */
    public CapabilityRegistry registry() {
        return registry;
    }

    private final class Registry implements CapabilityRegistry {
        @Override
        public void declare(String ability, String description, Set<String> defaultRoles) {
            book.declare(declarers.current(), ability, description, defaultRoles);
        }
    }

    /** Forgets the abilities of a plugin that stopped. */
    void forget(String pluginId) {
        book.forget(pluginId);
    }

    @Override
    public Caller caller() {
        return CurrentCaller.get();
    }

    @Override
    public boolean allows(String ability) {
        return allows(caller(), ability);
    }

    /** Whether {@code caller} (for example a user in a team other than the request's) holds the ability. */
    public boolean allows(Caller caller, String ability) {
        return book.get(ability).map(d -> RoleLadder.holds(RoleLadder.rank(caller), roles(d))).orElse(false);
    }

    @Override
    public void authorize(String ability) {
        authorize(caller(), ability);
    }

    public void authorize(Caller caller, String ability) {
        if (!caller.signedIn()) {
            throw Bouncer.unauthenticated();
        }
        if (!allows(caller, ability)) {
            throw Bouncer.forbidden(ability);
        }
    }

    private Set<String> roles(AbilityBook.Declared declared) {
        return grants.getOrDefault(declared.name(), declared.defaultRoles());
    }

    @Override
    public List<Ability> abilities() {
        return book.all().stream().map(d -> new Ability(d.name(), d.description(), d.declaredBy(), roles(d))).toList();
    }

    @Override
    public Optional<Ability> ability(String name) {
        return book.get(name).map(d -> new Ability(d.name(), d.description(), d.declaredBy(), roles(d)));
    }

    /** Every ability with its defaults and the grant in force, for the operator. */
    public List<AbilityView> views() {
        return book.all().stream().map(this::view).toList();
    }

    public Optional<AbilityView> view(String name) {
        return book.get(name).map(this::view);
    }

    private AbilityView view(AbilityBook.Declared d) {
        return new AbilityView(d.name(), d.description(), d.declaredBy(), roles(d), d.defaultRoles(),
                grants.containsKey(d.name()));
    }

    /**
     * Grants the ability to these roles instead of its defaults ({@code null}: back to the defaults), kept in the
     * database and written to the audit trail.
     *
     * @throws IllegalArgumentException for an unknown role
     */
    public AbilityView grant(String name, Set<String> roles, String actor) throws SQLException {
        AbilityBook.Declared declared = book.get(name)
                .orElseThrow(() -> new IllegalArgumentException("nobody declared the ability '" + name + "'"));
        Set<String> checked = roles == null ? null : RoleLadder.check(roles);
        AuditRecord entry;
        synchronized (grants) { // the table and the map change together
            entry = Transactions.inTransaction(db, (c, after) -> {
                if (checked == null) {
                    GrantTable.delete(c, name);
                } else {
                    GrantTable.put(c, name, checked, clock.instant(), actor);
                }
                String described = checked == null ? "defaults (" + GrantTable.describe(declared.defaultRoles())
                        + ")" : GrantTable.describe(checked);
                return audit.write(c, actor, "ability.granted", "ability/" + name, Map.of("roles", described));
            });
            if (checked == null) {
                grants.remove(name);
            } else {
                grants.put(name, checked);
            }
        }
        audit.announce(entry);
        return view(declared);
    }
}
