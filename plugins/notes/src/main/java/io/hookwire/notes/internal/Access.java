package io.hookwire.notes.internal;

import java.util.Objects;
import java.util.function.Predicate;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;
import io.hookwire.api.rest.ApiException;
import io.hookwire.notes.Note;

/**
 * Who may see and change a note. A note is seen by its owner and, when it belongs to a team, by whoever has that
 * team as their current team; anyone else gets a 404, as if it did not exist. It is changed by its owner, or by a
 * caller with {@value Abilities#ADMIN} in its team; another reader gets a 403.
 *
 * @param caller the caller of the request
 * @param abilities whether the caller holds an ability (the Bouncer's {@code allows})
 */
record Access(Caller caller, Predicate<String> abilities) {
    Access {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(abilities, "abilities");
    }

    /** The signed-in user's id. @throws ApiException 401 when nobody is signed in */
    String userId() {
        return caller.requireUser().id();
    }

    /** The caller's current team, or {@code null}. */
    String teamId() {
        return caller.teamId();
    }

    boolean sees(Note note) {
        return note.ownerId().equals(userId()) || (note.teamId() != null && note.teamId().equals(teamId()));
    }

    /** The note if the caller sees it. @throws ApiException 404 otherwise */
    Note requireSeen(Note note, String id) {
        if (note == null || !sees(note)) {
            throw ApiException.notFound("note", id);
        }
        return note;
    }

    /** The note if the caller may change it. @throws ApiException 404 when unseen, 403 when only seen */
    Note requireChangeable(Note note, String id) {
        requireSeen(note, id);
        if (!note.ownerId().equals(userId()) && !abilities.test(Abilities.ADMIN)) {
            throw Bouncer.forbidden(Abilities.ADMIN);
        }
        return note;
    }
}
