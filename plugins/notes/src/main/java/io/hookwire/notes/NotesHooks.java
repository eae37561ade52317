package io.hookwire.notes;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;

/**
 * The hooks the Notes plugin owns. Another plugin handles them by importing this package. The actions fire after
 * the change is committed.
 */
public final class NotesHooks {
    private NotesHooks() {}

    /** A note was written. */
    public static final ActionHook<Note> CREATED = ActionHook.of("notes:created", Note.class);

    /** A note's title or body changed, or it came back from the trash. */
    public static final ActionHook<Note> UPDATED = ActionHook.of("notes:updated", Note.class);

    /** A note was moved to the trash (its {@code trashedAt} is set); it can still be restored. */
    public static final ActionHook<Note> DELETED = ActionHook.of("notes:deleted", Note.class);

    /** A note was deleted for good, with its attachments: by its owner, or by the purge job. */
    public static final ActionHook<Note> PURGED = ActionHook.of("notes:purged", Note.class);

    /**
     * A note's body on its way to a reader: a handler may transform it (render Markdown, add links, mask words).
     * The context is the note as stored. What is stored never changes.
     */
    public static final FilterHook<String, Note> RENDER = FilterHook.of("notes:render", String.class, Note.class);
}
