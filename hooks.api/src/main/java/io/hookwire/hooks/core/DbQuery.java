package io.hookwire.hooks.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code db:query}: one statement run through the shared DataSource.
 *
 * @param sql the statement
 * @param bindings its parameters, in order (SQL NULLs are {@code null})
 * @param elapsedNanos how long it ran
 */
public record DbQuery(String sql, List<Object> bindings, long elapsedNanos) {
    public DbQuery {
        Objects.requireNonNull(sql, "sql");
        bindings = bindings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(bindings));
    }
}
