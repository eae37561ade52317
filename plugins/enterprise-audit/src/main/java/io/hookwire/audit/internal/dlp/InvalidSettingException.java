package io.hookwire.audit.internal.dlp;

/** A setting that cannot be applied: names the setting and says how to fix it. */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidSettingException(String setting, String message, Throwable cause) {
        super(setting + ": " + message, cause);
        this.setting = setting;
    }

    /** The setting's property name, for example {@code dlp.patterns}. */
    public String setting() {
        return setting;
    }
}
