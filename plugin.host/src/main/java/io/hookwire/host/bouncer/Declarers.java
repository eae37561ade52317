package io.hookwire.host.bouncer;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is declaring an ability: the plugin of the first class on the calling thread's stack that is neither the
 * registry itself nor the API it implements. A handler of {@code app:capabilities:register} calls
 * {@code declare(...)} from its own code, so that class is the handler's (or a helper of the same plugin); the plugin
 * is never a string the plugin passes in. The host's own handlers are {@value #CORE}.
 */
final class Declarers {
    static final String CORE = "core";
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * Maps a class to its plugin id: {@value #CORE} for the host's classes, null for classes that declare nothing
     * (the JDK's, the API bundle's).
     */
    private final Function<Class<?>, String> pluginOf;
    private final Set<Class<?>> skipped;

    /**
     * @param pluginOf the plugin of a class, or null when the class is no declarer
     * @param skipped classes that are the registry's own frames
     */
    Declarers(Function<Class<?>, String> pluginOf, Set<Class<?>> skipped) {
        this.pluginOf = pluginOf;
        this.skipped = skipped;
    }

    /** The declarer of the current call; {@value #CORE} when no other plugin's code is on the stack. */
    String current() {
        Optional<String> found = WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(type -> !skipped.contains(type)).map(pluginOf).filter(p -> p != null).findFirst());
        return found.orElse(CORE);
    }
}
