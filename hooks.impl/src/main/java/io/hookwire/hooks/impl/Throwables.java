package io.hookwire.hooks.impl;

/** Which failures a dispatch contains, and which it lets through. */
final class Throwables {
    private Throwables() {}

    /**
     * A {@link VirtualMachineError} other than {@link StackOverflowError} means the JVM itself is in trouble
     * (out of memory, an internal error): it is not the handler's to own, and it propagates. Everything else,
     * {@link LinkageError}s included (a bundle update leaves them behind), is contained.
     */
    static boolean isFatal(Throwable t) {
        return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
    }

    /** Throws {@code t} if it is fatal. */
    static void rethrowIfFatal(Throwable t) {
        if (isFatal(t)) {
            throw (VirtualMachineError) t;
        }
    }
}
