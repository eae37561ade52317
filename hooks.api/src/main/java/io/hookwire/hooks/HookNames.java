package io.hookwire.hooks;

import java.util.regex.Pattern;

/**
 * The shape of a hook name: {@code domain:event}, such as {@code auth:registered} or {@code ui:nav:main}.
 *
 * <p>A name is two or more segments separated by {@code :}. Each segment starts with a lowercase letter and goes on
 * with lowercase letters, digits, {@code _} or {@code -}. A name is at most {@value #MAX_LENGTH} characters.
 */
public final class HookNames {
    /** The longest name accepted. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_-]*(?::[a-z][a-z0-9_-]*)+");

    private HookNames() {}

    /** Whether {@code name} has the shape of a hook name. */
    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && SHAPE.matcher(name).matches();
    }

    /**
     * Returns {@code name} when it is valid.
     *
     * @throws IllegalArgumentException when it is not, with a message that shows the expected shape
     */
    public static String requireValid(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException(problem(name));
        }
        return name;
    }

    /** Why {@code name} is not a valid hook name, in words a person can act on. */
    public static String problem(String name) {
        if (name == null) {
            return "hook name is missing: it must look like 'domain:event', for example 'auth:registered'";
        }
        if (name.length() > MAX_LENGTH) {
            return "hook name '" + name.substring(0, 40) + "...' is " + name.length()
                    + " characters long: at most " + MAX_LENGTH + " are allowed";
        }
        return "hook name '" + name + "' must look like 'domain:event' (lowercase segments of letters, digits, '_' or"
                + " '-', separated by ':'), for example 'auth:registered' or 'ui:nav:main'";
    }
}
