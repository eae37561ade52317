package io.hookwire.notes.internal;

import static io.hookwire.notes.internal.NotesServiceTest.ADA;
import static io.hookwire.notes.internal.NotesServiceTest.NOW;
import static io.hookwire.notes.internal.NotesServiceTest.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

import io.hookwire.api.jobs.JobContext;
import io.hookwire.notes.Note;
import io.hookwire.hooks.impl.PluginHooks;

class PurgeTrashJobTest {
    @TempDir
    Path driveRoot;

    private final TestDatabase db;
    private final PluginHooks hooks = PluginHooks.standalone("notes");
    private final List<String> logged = new CopyOnWriteArrayList<>();

    PurgeTrashJobTest() throws Exception {
        db = new TestDatabase();
    }

    @AfterEach
    void close() throws Exception {
        hooks.close();
        db.close();
    }

    private static NotesSettings days(int days) {
        return new NotesSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NotesSettings.class;
            }

            @Override
            public int trash_days() {
                return days;
            }
        };
    }

    private Logger logger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("info")) {
                        logged.add(args[0] + " " + args[1]);
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
    }

    @Test
    void purgesWhatHasBeenInTheTrashLongerThanTheSetting() throws Exception {
        NoteRepository repository = new NoteRepository(db.dataSource());
        NotesService notes = new NotesService(repository, new TempDrive(driveRoot, 1024), new NoteEvents(hooks),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Note old = notes.create(member(ADA, null), new NoteInput("old", ""));
        Note recent = notes.create(member(ADA, null), new NoteInput("recent", ""));
        repository.setTrashed(old.id(), NOW.minus(Duration.ofDays(8)));
        repository.setTrashed(recent.id(), NOW.minus(Duration.ofDays(6)));

        PurgeTrashJob job = new PurgeTrashJob(days(7), notes, logger(), Clock.fixed(NOW, ZoneOffset.UTC));
        job.run(new JobContext("notes", "purge-trash", NOW, null));
        assertThat(repository.find(old.id())).isEmpty();
        assertThat(repository.find(recent.id())).isPresent();
        assertThat(logged).containsExactly("Purged {} notes that were in the trash since before {} 1");

        job.configure(days(5));
        job.run(new JobContext("notes", "purge-trash", NOW, NOW));
        assertThat(repository.find(recent.id())).isEmpty();
    }
}
