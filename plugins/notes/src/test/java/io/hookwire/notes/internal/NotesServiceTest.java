package io.hookwire.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hookwire.api.auth.Caller;
import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.User;
import io.hookwire.notes.Note;
import io.hookwire.notes.NotesHooks;
import io.hookwire.hooks.impl.PluginHooks;

class NotesServiceTest {
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final User ADA = new User("u-ada", "ada@example.com", "Ada", NOW);
    static final User LIN = new User("u-lin", "lin@example.com", "Lin", NOW);
    static final User MAX = new User("u-max", "max@example.com", "Max", NOW);

    /** Ada and Lin are members of team t-1; Max is its admin. Users hold notes:read and notes:write. */
    static Access member(User user, String team) {
        return new Access(new Caller(user, team, team == null ? null : Role.MEMBER, "s"),
                Set.of(Abilities.READ, Abilities.WRITE)::contains);
    }

    static Access admin(User user, String team) {
        return new Access(new Caller(user, team, Role.ADMIN, "s"),
                Set.of(Abilities.READ, Abilities.WRITE, Abilities.ADMIN)::contains);
    }

    @TempDir
    Path driveRoot;

    private final TestDatabase db;
    private final PluginHooks hooks = PluginHooks.standalone("notes");
    private final List<String> events = new CopyOnWriteArrayList<>();
    private NotesService notes;
    private AttachmentService attachments;
    private TempDrive drive;

    NotesServiceTest() throws Exception {
        db = new TestDatabase();
    }

    private void start() throws Exception {
        drive = new TempDrive(driveRoot, 1024);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        NoteRepository repository = new NoteRepository(db.dataSource());
        notes = new NotesService(repository, drive, new NoteEvents(hooks), clock);
        attachments = new AttachmentService(notes, new AttachmentRepository(db.dataSource()), drive, clock);
        // a handler of each action that reads the database: the change must be committed when it runs
        for (var hook : List.of(NotesHooks.CREATED, NotesHooks.UPDATED, NotesHooks.DELETED, NotesHooks.PURGED)) {
            hooks.registerAction(hook, note -> events.add(hook.name() + " " + note.title() + " stored="
                    + repository.find(note.id()).map(n -> n.equals(note)).orElse(false)));
        }
    }

    @AfterEach
    void close() throws Exception {
        hooks.close();
        db.close();
    }

    private static void fails(Runnable call, int status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void createReadUpdateTrashRestorePurgeFireTheirActionsAfterTheCommit() throws Exception {
        start();
        Note note = notes.create(member(ADA, null), new NoteInput(" Groceries ", "milk"));
        assertThat(note).extracting(Note::ownerId, Note::teamId, Note::title, Note::body, Note::createdAt)
                .containsExactly("u-ada", null, "Groceries", "milk", NOW);
        assertThat(notes.get(member(ADA, null), note.id())).isEqualTo(note);

        Note updated = notes.update(member(ADA, null), note.id(), new NoteInput("Groceries", "milk, eggs"));
        assertThat(updated.body()).isEqualTo("milk, eggs");
        Note trashed = notes.trash(member(ADA, null), note.id());
        assertThat(trashed.trashedAt()).isEqualTo(NOW);
        assertThat(notes.list(member(ADA, null), false, 50, 0)).isEmpty();
        assertThat(notes.list(member(ADA, null), true, 50, 0)).containsExactly(trashed);
        assertThat(notes.restore(member(ADA, null), note.id()).trashed()).isFalse();
        notes.trash(member(ADA, null), note.id());
        notes.purge(member(ADA, null), note.id());
        fails(() -> notes.get(member(ADA, null), note.id()), 404, "not_found");

        assertThat(events).containsExactly("notes:created Groceries stored=true", "notes:updated Groceries stored=true",
                "notes:deleted Groceries stored=true", "notes:updated Groceries stored=true",
                "notes:deleted Groceries stored=true", "notes:purged Groceries stored=false");
    }

    @Test
    void trashingTwiceOrRestoringANoteNotInTheTrashChangesNothing() throws Exception {
        start();
        Note note = notes.create(member(ADA, null), new NoteInput("t", ""));
        assertThat(notes.restore(member(ADA, null), note.id())).isEqualTo(note);
        notes.trash(member(ADA, null), note.id());
        notes.trash(member(ADA, null), note.id());
        assertThat(events).containsExactly("notes:created t stored=true", "notes:deleted t stored=true");
    }

    @Test
    void nobodySignedInIsA401AndAnotherUsersNoteA404() throws Exception {
        start();
        Access anonymous = new Access(Caller.anonymous(), a -> false);
        fails(() -> notes.create(anonymous, new NoteInput("t", "")), 401, "unauthenticated");
        Note adas = notes.create(member(ADA, null), new NoteInput("private", "secret"));
        for (Runnable call : List.<Runnable>of(() -> notes.get(member(LIN, null), adas.id()),
                () -> notes.update(member(LIN, null), adas.id(), new NoteInput("x", "")),
                () -> notes.trash(member(LIN, "t-1"), adas.id()),
                () -> notes.get(admin(MAX, "t-1"), adas.id()))) {
            fails(call, 404, "not_found");
        }
        assertThat(notes.list(member(LIN, null), false, 50, 0)).isEmpty();
        assertThat(notes.get(member(ADA, null), adas.id()).body()).isEqualTo("secret");
    }

    @Test
    void teamNotesAreReadByTheTeamAndChangedByTheirOwnerOrATeamAdmin() throws Exception {
        start();
        Note shared = notes.create(member(ADA, "t-1"), new NoteInput("Plan", "ship it", true));
        assertThat(shared.teamId()).isEqualTo("t-1");
        assertThat(notes.get(member(LIN, "t-1"), shared.id()).body()).isEqualTo("ship it");
        assertThat(notes.list(member(LIN, "t-1"), false, 50, 0)).extracting(Note::id).containsExactly(shared.id());
        // Lin's current team is another one: she does not see it
        fails(() -> notes.get(member(LIN, "t-2"), shared.id()), 404, "not_found");
        // a member sees it but may not change it
        fails(() -> notes.update(member(LIN, "t-1"), shared.id(), new NoteInput("Mine", "")), 403, "forbidden");
        fails(() -> notes.trash(member(LIN, "t-1"), shared.id()), 403, "forbidden");
        assertThat(notes.update(admin(MAX, "t-1"), shared.id(), new NoteInput("Plan v2", "ship it today")).title())
                .isEqualTo("Plan v2");
        assertThat(notes.trash(admin(MAX, "t-1"), shared.id()).trashed()).isTrue();
    }

    @Test
    void aNoteIsPersonalUnlessSharedAndOnlyItsOwnerSharesIt() throws Exception {
        start();
        Note personal = notes.create(member(ADA, "t-1"), new NoteInput("Diary", "dear diary"));
        assertThat(personal.teamId()).isNull();
        fails(() -> notes.get(member(LIN, "t-1"), personal.id()), 404, "not_found");
        fails(() -> notes.get(admin(MAX, "t-1"), personal.id()), 404, "not_found");
        fails(() -> notes.create(member(ADA, null), new NoteInput("t", "", true)), 400, "invalid_argument");

        Note shared = notes.update(member(ADA, "t-1"), personal.id(), new NoteInput("Diary", "dear team", true));
        assertThat(shared.teamId()).isEqualTo("t-1");
        assertThat(notes.get(member(LIN, "t-1"), personal.id()).body()).isEqualTo("dear team");
        // the team admin edits it, but leaving 'shared' out keeps it shared; taking it back is the owner's
        assertThat(notes.update(admin(MAX, "t-1"), personal.id(), new NoteInput("Diary", "edited")).teamId())
                .isEqualTo("t-1");
        fails(() -> notes.update(admin(MAX, "t-1"), personal.id(), new NoteInput("Diary", "", false)), 403,
                "forbidden");
        assertThat(notes.update(member(ADA, "t-1"), personal.id(), new NoteInput("Diary", "mine", false)).teamId())
                .isNull();
        fails(() -> notes.get(member(LIN, "t-1"), personal.id()), 404, "not_found");
    }

    @Test
    void aNoteInTheTrashIsNotEditedAndOnlyATrashedNoteIsPurged() throws Exception {
        start();
        Note note = notes.create(member(ADA, null), new NoteInput("t", ""));
        fails(() -> notes.purge(member(ADA, null), note.id()), 409, "conflict");
        notes.trash(member(ADA, null), note.id());
        fails(() -> notes.update(member(ADA, null), note.id(), new NoteInput("u", "")), 409, "conflict");
        assertThat(notes.get(member(ADA, null), note.id()).title()).isEqualTo("t");
    }

    @Test
    void theRenderFilterShapesWhatIsReturnedNotWhatIsStored() throws Exception {
        start();
        hooks.registerFilter(NotesHooks.RENDER,
                (body, note) -> body.replace("**", "") + " (by " + note.ownerId() + ")");
        Note note = notes.create(member(ADA, null), new NoteInput("t", "**bold**"));
        assertThat(note.body()).isEqualTo("bold (by u-ada)");
        assertThat(notes.get(member(ADA, null), note.id()).body()).isEqualTo("bold (by u-ada)");
        assertThat(new NoteRepository(db.dataSource()).find(note.id()).orElseThrow().body()).isEqualTo("**bold**");
    }

    @Test
    void theJobPurgesOldTrashWithItsFiles() throws Exception {
        start();
        Note old = notes.create(member(ADA, null), new NoteInput("old", ""));
        Note young = notes.create(member(ADA, null), new NoteInput("young", ""));
        Note kept = notes.create(member(ADA, null), new NoteInput("kept", ""));
        attachments.attach(member(ADA, null), old.id(), "a.txt", "text/plain",
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
        attachments.attach(member(ADA, null), young.id(), "b.txt", "text/plain",
                new ByteArrayInputStream("world".getBytes(StandardCharsets.UTF_8)));
        NoteRepository repository = new NoteRepository(db.dataSource());
        repository.setTrashed(old.id(), NOW.minus(Duration.ofDays(31)));
        repository.setTrashed(young.id(), NOW.minus(Duration.ofDays(29)));

        assertThat(notes.purgeTrashedBefore(NOW.minus(Duration.ofDays(30)))).isEqualTo(1);

        assertThat(repository.find(old.id())).isEmpty();
        assertThat(repository.find(young.id())).isPresent();
        assertThat(repository.find(kept.id())).isPresent();
        assertThat(Files.exists(driveRoot.resolve("attachments").resolve(old.id()))).isFalse();
        assertThat(drive.list("")).extracting(e -> e.path()).containsExactly("attachments/" + young.id() + "/b.txt");
        assertThat(events).contains("notes:purged old stored=false");
    }
}
