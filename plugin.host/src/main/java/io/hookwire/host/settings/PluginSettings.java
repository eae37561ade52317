package io.hookwire.host.settings;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import io.hookwire.api.rest.ApiException;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.audit.AuditTrail;

/**
 * A plugin's settings: the metatype of its bundle (the same forms the Web Console's Configuration page shows) with
 * the values ConfigAdmin holds. An update is checked against the metatype, every value before any is stored, and
 * merged into the stored configuration; then it is written to the audit trail ({@value #ACTION}).
 *
 * <p>Thread-safe: it keeps no state; ConfigAdmin serialises the updates of one configuration.
 */
@Component(service = PluginSettings.class)
public final class PluginSettings {
    /** The audit action of a change. */
    public static final String ACTION = "plugin.settings_changed";
    private static final String ANY_LOCATION = "?";

    private final BundleContext context;
    private final PluginAdmin plugins;
    private final MetaTypeService metatype;
    private final ConfigurationAdmin configAdmin;
    private final AuditTrail audit;
    private final Logger log;

    @Activate
    public PluginSettings(BundleContext context, @Reference PluginAdmin plugins, @Reference MetaTypeService metatype,
            @Reference ConfigurationAdmin configAdmin, @Reference AuditTrail audit,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.plugins = plugins;
        this.metatype = metatype;
        this.configAdmin = configAdmin;
        this.audit = audit;
        this.log = log;
    }

    /** The settings of a plugin; 404 when there is no such plugin or it is not installed. */
    public SettingsView view(String pluginId) throws IOException {
        MetaTypeInformation info = metatypeOf(pluginId);
        List<SettingsView.Pid> pids = new ArrayList<>();
        if (info == null) {
            return new SettingsView(pluginId, pids);
        }
        for (String pid : sorted(info.getPids())) {
            ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
            Configuration stored = find(pid);
            pids.add(new SettingsView.Pid(pid, false, ocd.getName(), ocd.getDescription(), attributes(ocd),
                    values(ocd, stored), stored != null, List.of()));
        }
        for (String factoryPid : sorted(info.getFactoryPids())) {
            ObjectClassDefinition ocd = info.getObjectClassDefinition(factoryPid, null);
            List<SettingsView.Instance> instances = new ArrayList<>();
            for (Configuration c : list("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + escape(factoryPid) + ")")) {
                instances.add(new SettingsView.Instance(c.getPid(), values(ocd, c)));
            }
            pids.add(new SettingsView.Pid(factoryPid, true, ocd.getName(), ocd.getDescription(), attributes(ocd),
                    values(ocd, null), false, instances));
        }
        return new SettingsView(pluginId, pids);
    }

    /**
     * Checks {@code values} against the metatype of {@code pid}, then merges them into its stored configuration (a
     * {@code null} value removes the key: the default applies again).
     *
     * @param pid a PID of the plugin, or the PID of a configuration made from one of its factory PIDs
     * @param factoryPid instead of {@code pid}: a factory PID of the plugin, to make a new configuration from
     * @throws ApiException 400 naming the field, 404 for an unknown plugin or a PID that is not the plugin's
     */
    public SettingsView update(String pluginId, String pid, String factoryPid, Map<String, Object> values,
            String actor) throws IOException {
        if ((pid == null || pid.isBlank()) == (factoryPid == null || factoryPid.isBlank())) {
            throw ApiException.badRequest("pid", "send {\"pid\": \"<pid>\", \"values\": {...}} to change a"
                    + " configuration, or {\"factoryPid\": \"<factory pid>\", \"values\": {...}} to make a new one");
        }
        if (values == null || values.isEmpty()) {
            throw ApiException.badRequest("values", "send the values to change as an object: {\"values\": {\"key\":"
                    + " value}}");
        }
        MetaTypeInformation info = metatypeOf(pluginId);
        Configuration target;
        ObjectClassDefinition ocd;
        if (factoryPid != null && !factoryPid.isBlank()) {
            ocd = ocdOf(info, factoryPid, true, pluginId);
            target = null;
        } else {
            target = find(pid);
            String factory = target == null ? null : target.getFactoryPid();
            ocd = factory != null ? ocdOf(info, factory, true, pluginId) : ocdOf(info, pid, false, pluginId);
        }
        Map<String, Object> checked = check(ocd, values);
        if (target == null) {
            target = factoryPid != null && !factoryPid.isBlank()
                    ? configAdmin.createFactoryConfiguration(factoryPid, ANY_LOCATION)
                    : configAdmin.getConfiguration(pid, ANY_LOCATION);
        }
        Dictionary<String, Object> properties = target.getProperties();
        Dictionary<String, Object> merged = new Hashtable<>();
        if (properties != null) {
            for (var keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                merged.put(key, properties.get(key));
            }
        }
        checked.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        target.update(merged);
        record(pluginId, target.getPid(), checked.keySet(), actor);
        return view(pluginId);
    }

    /** Every value converted and checked, before anything is stored. */
    private static Map<String, Object> check(ObjectClassDefinition ocd, Map<String, Object> values) {
        Map<String, AttributeDefinition> byId = new LinkedHashMap<>();
        for (AttributeDefinition ad : definitions(ocd)) {
            byId.put(ad.getID(), ad);
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            AttributeDefinition ad = byId.get(e.getKey());
            if (ad == null) {
                throw new ApiException(400, "invalid_argument", "'" + ocd.getID() + "' has no setting '" + e.getKey()
                        + "'; its settings are " + byId.keySet(), Map.of("field", e.getKey()));
            }
            checked.put(e.getKey(), e.getValue() == null ? null : SettingValues.fromJson(ad, e.getValue()));
        }
        return checked;
    }

    private void record(String pluginId, String pid, Set<String> keys, String actor) {
        try {
            audit.record("admin:" + actor, ACTION, "plugin/" + pluginId, Map.of("pid", pid, "changed",
                    String.join(", ", new TreeSet<>(keys))));
        } catch (SQLException e) {
            log.warn("The settings of plugin '" + pluginId + "' (" + pid + ") changed, but the audit trail could not"
                    + " record it", e);
        }
    }

    private MetaTypeInformation metatypeOf(String pluginId) {
        PluginView plugin = plugins.plugin(pluginId).orElseThrow(() -> ApiException.notFound("plugin", pluginId));
        Bundle bundle = plugin.bundleId() < 0 ? null : context.getBundle(plugin.bundleId());
        if (bundle == null) {
            throw new ApiException(404, "not_found", "plugin '" + pluginId + "' is not installed, so it has no"
                    + " settings", Map.of("plugin", pluginId));
        }
        return metatype.getMetaTypeInformation(bundle);
    }

    private static ObjectClassDefinition ocdOf(MetaTypeInformation info, String pid, boolean factory,
            String pluginId) {
        String[] known = info == null ? null : factory ? info.getFactoryPids() : info.getPids();
        if (known == null || !Arrays.asList(known).contains(pid)) {
            throw new ApiException(404, "not_found", "plugin '" + pluginId + "' has no " + (factory ? "factory " : "")
                    + "PID '" + pid + "' with settings", Map.of(factory ? "factoryPid" : "pid", pid));
        }
        return info.getObjectClassDefinition(pid, null);
    }

    private static List<String> sorted(String[] pids) {
        return pids == null ? List.of() : Arrays.stream(pids).sorted().toList();
    }

    private static List<AttributeDefinition> definitions(ObjectClassDefinition ocd) {
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? List.of() : List.of(all);
    }

    private static List<SettingsView.Attribute> attributes(ObjectClassDefinition ocd) {
        List<SettingsView.Attribute> attributes = new ArrayList<>();
        for (AttributeDefinition ad : definitions(ocd)) {
            String[] values = ad.getOptionValues();
            String[] labels = ad.getOptionLabels();
            List<SettingsView.Option> options = new ArrayList<>();
            for (int i = 0; values != null && i < values.length; i++) {
                options.add(new SettingsView.Option(labels != null && i < labels.length ? labels[i] : values[i],
                        values[i]));
            }
            attributes.add(new SettingsView.Attribute(ad.getID(), ad.getName(), ad.getDescription(),
                    SettingValues.typeName(ad.getType()), ad.getCardinality(),
                    ad.getDefaultValue() == null ? null : List.of(ad.getDefaultValue()), options));
        }
        return attributes;
    }

    /** Each attribute's stored value, else its default; passwords are left out. */
    private static Map<String, Object> values(ObjectClassDefinition ocd, Configuration stored) {
        Dictionary<String, Object> properties = stored == null ? null : stored.getProperties();
        Map<String, Object> values = new LinkedHashMap<>();
        for (AttributeDefinition ad : definitions(ocd)) {
            if (ad.getType() == AttributeDefinition.PASSWORD) {
                continue;
            }
            Object value = properties == null ? null : properties.get(ad.getID());
            values.put(ad.getID(), value != null ? value : SettingValues.defaultValue(ad));
        }
        return values;
    }

    private Configuration find(String pid) throws IOException {
        List<Configuration> found = list("(" + Constants.SERVICE_PID + "=" + escape(pid) + ")");
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Configuration> list(String filter) throws IOException {
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the filter " + filter + " is escaped, so this cannot be", e);
        }
    }

    /** A value in an LDAP filter. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
