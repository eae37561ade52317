package io.hookwire.notes.internal;

import java.sql.SQLException;

/** Runs a database call and turns its {@link SQLException} into an unchecked one that names what failed. */
final class Sql {
    private Sql() {}

    @FunctionalInterface
    interface Call<T> {
        T run() throws SQLException;
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
