package io.hookwire.notes.internal;

import io.hookwire.hooks.Hooks;
import io.hookwire.notes.Note;
import io.hookwire.notes.NotesHooks;

/** Fires the plugin's own hooks through this bundle's {@link Hooks}. */
final class NoteEvents {
    private final Hooks hooks;

    NoteEvents(Hooks hooks) {
        this.hooks = hooks;
    }

    void created(Note note) {
        hooks.dispatch(NotesHooks.CREATED, note);
    }

    void updated(Note note) {
        hooks.dispatch(NotesHooks.UPDATED, note);
    }

    void deleted(Note note) {
        hooks.dispatch(NotesHooks.DELETED, note);
    }

    void purged(Note note) {
        hooks.dispatch(NotesHooks.PURGED, note);
    }

    /** The note with its body as {@code notes:render} makes it. */
    Note render(Note note) {
        String body = hooks.applyFilters(NotesHooks.RENDER, note.body(), note);
        return body.equals(note.body()) ? note : note.withBody(body);
    }
}
