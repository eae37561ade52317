package io.hookwire.webconsole;

/**
 * What an operator's action came to, shown at the top of the Plugins page after the redirect that follows a POST.
 *
 * @param failed whether the action was refused or failed
 * @param message one sentence for the operator
 * @param detail longer text shown in a {@code <pre>} (the SQL of a dry run, what a purge dropped), or {@code null}
 */
record Outcome(boolean failed, String message, String detail) {
    static Outcome done(String message) {
        return new Outcome(false, message, null);
    }

    static Outcome done(String message, String detail) {
        return new Outcome(false, message, detail);
    }

    static Outcome refused(String message) {
        return new Outcome(true, message, null);
    }
}
