package io.hookwire.host.settings;

import java.util.List;
import java.util.Map;

/**
 * A plugin's settings as {@code GET /api/v1/admin/plugins/{id}/settings} shows them: one entry per metatype
 * object class definition of its bundle.
 *
 * @param plugin the plugin id
 * @param settings its configurations, by PID
 */
public record SettingsView(String plugin, List<Pid> settings) {
    /**
     * One object class definition.
     *
     * @param pid the PID (or the factory PID, when {@code factory})
     * @param factory whether it is a factory PID: each configuration made from it is an {@code instances} entry
     * @param name its name in the form
     * @param description what it is for
     * @param attributes its attribute definitions, in the metatype's order
     * @param values each attribute's current value, or its default when none is stored (a factory's defaults); a
     *     password's value is never shown
     * @param stored whether ConfigAdmin holds a configuration for it (false: the values are the defaults)
     * @param instances the factory's configurations (empty for a plain PID)
     */
    public record Pid(String pid, boolean factory, String name, String description, List<Attribute> attributes,
            Map<String, Object> values, boolean stored, List<Instance> instances) {}

    /**
     * A configuration made from a factory PID.
     *
     * @param pid its own PID, which a PUT names
     * @param values its values, defaults where none is stored
     */
    public record Instance(String pid, Map<String, Object> values) {}

    /**
     * An attribute definition.
     *
     * @param id its key in the configuration
     * @param name its label in the form
     * @param description what it does
     * @param type String, Long, Integer, Short, Character, Byte, Double, Float, Boolean or Password
     * @param cardinality 0 for one value, n for an array of at most n, -n for a list of at most n
     *     ({@code 2147483647} or {@code -2147483648}: no limit)
     * @param defaultValue the default, as the metatype gives it (strings), or {@code null}
     * @param options the values it may take, or empty for any
     */
    public record Attribute(String id, String name, String description, String type, int cardinality,
            List<String> defaultValue, List<Option> options) {}

    /** One allowed value and its label. */
    public record Option(String label, String value) {}
}
