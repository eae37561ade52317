package io.hookwire.host.admin;

/**
 * An administrative request that cannot be done as asked. Its code says why, so that front ends can answer it
 * properly: {@code not_found} (404), {@code conflict} (409), {@code invalid_argument} (400).
 */
public class AdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public AdminException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static AdminException notFound(String pluginId) {
        return new AdminException("not_found", "there is no plugin '" + pluginId + "'");
    }

    public String code() {
        return code;
    }
}
