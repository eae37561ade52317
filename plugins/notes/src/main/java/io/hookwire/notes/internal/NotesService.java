package io.hookwire.notes.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.Hooks;
import io.hookwire.notes.Note;

/**
 * What the notes application does, whoever asks (REST or the purge job): each operation checks the caller's
 * {@link Access}, commits, and only then fires the plugin's action. Notes are returned as {@code notes:render} shows
 * them. Thread-safe.
 */
final class NotesService {
    /** Most notes purged by one pass of the job's loop; it loops until none is left. */
    static final int PURGE_BATCH = 100;

    private final NoteRepository notes;
    private final Drive drive;
    private final NoteEvents events;
    private final Clock clock;

    NotesService(NoteRepository notes, Drive drive, NoteEvents events, Clock clock) {
        this.notes = notes;
        this.drive = drive;
        this.events = events;
        this.clock = clock;
    }

    /** The service over the host's database, this plugin's Drive and its Hooks, on the system clock. */
    static NotesService of(DataSource dataSource, Drive drive, Hooks hooks) {
        return new NotesService(new NoteRepository(dataSource), drive, new NoteEvents(hooks), Clock.systemUTC());
    }

    Note create(Access access, NoteInput input) {
        NoteInput in = input == null ? new NoteInput(null, null).validated() : input.validated();
        Instant now = NoteRepository.stored(clock.instant());
        String team = Boolean.TRUE.equals(in.shared()) ? requireTeam(access) : null;
        Note note = new Note(UUID.randomUUID().toString(), access.userId(), team, in.title(), in.body(), now, now,
                null);
        Sql.call("store the note", () -> {
            notes.insert(note);
            return null;
        });
        events.created(note);
        return events.render(note);
    }

    /** The caller's notes and their current team's, in the trash or not, most recently changed first. */
    List<Note> list(Access access, boolean trashed, int limit, int offset) {
        String user = access.userId();
        return Sql.call("list the notes", () -> notes.visibleTo(user, access.teamId(), trashed, limit, offset));
    }

    Note get(Access access, String id) {
        return events.render(seen(access, id));
    }

    Note update(Access access, String id, NoteInput input) {
        NoteInput in = input == null ? new NoteInput(null, null).validated() : input.validated();
        Note note = changeable(access, id);
        if (note.trashed()) {
            throw conflict(id, "the note is in the trash; restore it first (POST /api/v1/notes/" + id + "/restore)");
        }
        String team = note.teamId();
        if (in.shared() != null && in.shared() != (team != null)) {
            if (!note.ownerId().equals(access.userId())) {
                throw new ApiException(403, "forbidden", "only the note's owner shares it or takes it back",
                        Map.of("field", "shared"));
            }
            team = in.shared() ? requireTeam(access) : null;
        }
        Instant now = NoteRepository.stored(clock.instant());
        String newTeam = team;
        Sql.call("update the note", () -> notes.update(id, in.title(), in.body(), newTeam, now));
        Note updated = new Note(id, note.ownerId(), team, in.title(), in.body(), note.createdAt(), now, null);
        events.updated(updated);
        return events.render(updated);
    }

    /** Moves the note to the trash; a note already there stays as it is. */
    Note trash(Access access, String id) {
        Note note = changeable(access, id);
        if (note.trashed()) {
            return events.render(note);
        }
        Instant now = NoteRepository.stored(clock.instant());
        Sql.call("move the note to the trash", () -> notes.setTrashed(id, now));
        Note trashed = note.withTrashedAt(now);
        events.deleted(trashed);
        return events.render(trashed);
    }

    /** Takes the note out of the trash; a note not there stays as it is. */
    Note restore(Access access, String id) {
        Note note = changeable(access, id);
        if (!note.trashed()) {
            return events.render(note);
        }
        Sql.call("restore the note", () -> notes.setTrashed(id, null));
        Note restored = note.withTrashedAt(null);
        events.updated(restored);
        return events.render(restored);
    }

    /** Deletes a note in the trash for good, with its attachments. */
    void purge(Access access, String id) {
        Note note = changeable(access, id);
        if (!note.trashed()) {
            throw conflict(id, "only a note in the trash is purged; move it there first (DELETE /api/v1/notes/"
                    + id + ")");
        }
        purgeNow(note);
    }

    /** Purges every note moved to the trash before {@code cutoff}; returns how many. */
    int purgeTrashedBefore(Instant cutoff) {
        int purged = 0;
        while (true) {
            List<Note> batch = Sql.call("find old notes in the trash", () -> notes.trashedBefore(cutoff, PURGE_BATCH));
            for (Note note : batch) {
                purgeNow(note);
                purged++;
            }
            if (batch.size() < PURGE_BATCH) {
                return purged;
            }
        }
    }

    /** The rows first (the attachments' go with the note's), then the files, then the news. */
    private void purgeNow(Note note) {
        boolean deleted = Sql.call("delete the note", () -> notes.delete(note.id()));
        try {
            drive.delete(Attachment.folder(note.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("deleted note " + note.id() + " but not its files in the drive", e);
        }
        if (deleted) {
            events.purged(note);
        }
    }

    /** The caller's current team, to share a note with. @throws ApiException 400 naming {@code shared} */
    private static String requireTeam(Access access) {
        if (access.teamId() == null) {
            throw ApiException.badRequest("shared", "a note is shared with the current team, and there is none:"
                    + " join a team, or name one with the X-Hookwire-Tenant header");
        }
        return access.teamId();
    }

    Note seen(Access access, String id) {
        return access.requireSeen(Sql.call("read the note", () -> notes.find(id).orElse(null)), id);
    }

    Note changeable(Access access, String id) {
        return access.requireChangeable(Sql.call("read the note", () -> notes.find(id).orElse(null)), id);
    }

    static ApiException conflict(String id, String message) {
        return new ApiException(409, "conflict", message, Map.of("note", id));
    }
}
