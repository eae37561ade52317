package io.hookwire.host.migrations;

/**
 * A plugin migration that was refused or failed. The message says what happened in words an operator can act on;
 * {@link #changeset()} and {@link #object()} name the culprit where there is one.
 */
public class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the migration did not happen. */
    public enum Kind {
        /** The changelog breaks a rule (an object outside the plugin's prefix, a missing file) and nothing ran. */
        REFUSED,
        /** A changeset failed while running; it was undone. */
        FAILED
    }

    private final Kind kind;
    private final String changeset;
    private final String object;

    public MigrationException(Kind kind, String changeset, String object, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.changeset = changeset;
        this.object = object;
    }

    public Kind kind() {
        return kind;
    }

    /** The changeset, as {@code id::author::file}, or {@code null}. */
    public String changeset() {
        return changeset;
    }

    /** The database object at fault, or {@code null}. */
    public String object() {
        return object;
    }
}
