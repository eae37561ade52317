package io.hookwire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00.123456789Z");

    private final TestDatabase db;
    private final AuditRepository repository;

    AuditRepositoryTest() throws Exception {
        db = new TestDatabase();
        repository = new AuditRepository(db.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private AuditEvent insert(int minutes, String hook, String actor) throws Exception {
        return repository.insert(T0.plusSeconds(60L * minutes), hook, actor, "user/" + actor, null,
                "{\"n\":" + minutes + "}");
    }

    private List<Long> ids(EventPage page) {
        return page.events().stream().map(AuditEvent::id).toList();
    }

    @Test
    void anInsertedEventReadsBackWhole() throws Exception {
        AuditEvent stored = repository.insert(T0, "team:created", "u-1", "team/t-1", "t-1",
                "{\"team\":{\"id\":\"t-1\"}}");
        EventPage page = repository.find(EventQuery.firstPage(10));
        assertThat(page.events()).containsExactly(stored);
        assertThat(stored.at()).isEqualTo(Instant.parse("2026-11-01T10:00:00.123456Z")); // microseconds are kept
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void pagesWithCursorsGiveEveryEventOnceNewestFirst() throws Exception {
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            inserted.add(insert(i, "auth:registered", "u-" + i).id());
        }
        // three events in the same microsecond: the id breaks the tie
        for (int i = 0; i < 3; i++) {
            inserted.add(insert(3, "auth:logged_in", "u-same").id());
        }
        List<Long> seen = new ArrayList<>();
        EventQuery query = EventQuery.firstPage(3);
        int pages = 0;
        while (true) {
            EventPage page = repository.find(query);
            pages++;
            seen.addAll(ids(page));
            if (page.nextCursor() == null) {
                break;
            }
            query = query.after(Cursor.decode(page.nextCursor()));
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inserted);
        // newest first: minutes 6, 5, 4, then the four events of minute 3 (highest id first), then 2, 1, 0
        assertThat(seen).containsExactly(inserted.get(6), inserted.get(5), inserted.get(4), inserted.get(9),
                inserted.get(8), inserted.get(7), inserted.get(3), inserted.get(2), inserted.get(1), inserted.get(0));
    }

    @Test
    void eventsRecordedWhilePagingDoNotShiftThePages() throws Exception {
        for (int i = 0; i < 4; i++) {
            insert(i, "auth:registered", "u-" + i);
        }
        EventPage first = repository.find(EventQuery.firstPage(2));
        insert(10, "auth:registered", "late");
        EventPage second = repository.find(EventQuery.firstPage(2).after(Cursor.decode(first.nextCursor())));
        assertThat(second.events()).extracting(AuditEvent::actor).containsExactly("u-1", "u-0");
    }

    @Test
    void filtersCombine() throws Exception {
        insert(0, "auth:registered", "ada");
        AuditEvent adaLogin = insert(1, "auth:logged_in", "ada");
        insert(2, "auth:logged_in", "lin");
        AuditEvent adaLater = insert(3, "auth:logged_in", "ada");

        assertThat(repository.find(EventQuery.parse("auth:logged_in", "ada", null, null, null, null, null)).events())
                .containsExactly(adaLater, adaLogin);
        // from is inclusive, to exclusive
        String from = T0.plusSeconds(60).toString();
        String to = T0.plusSeconds(180).toString();
        assertThat(repository.find(EventQuery.parse(null, null, from, to, null, null, null)).events())
                .extracting(AuditEvent::actor).containsExactly("lin", "ada");
        assertThat(repository.find(EventQuery.parse("team:created", null, null, null, null, null, null)).events())
                .isEmpty();
    }

    @Test
    void aTeamsQuerySeesOnlyThatTeamsEvents() throws Exception {
        AuditEvent acme = repository.insert(T0, "team:created", "ada", "team/acme", "acme", "{}");
        repository.insert(T0.plusSeconds(1), "team:created", "lin", "team/other", "other", "{}");
        repository.insert(T0.plusSeconds(2), "auth:registered", "bob", "user/bob", null, "{}");

        EventQuery all = EventQuery.parse(null, null, null, null, null, null, null);
        assertThat(repository.find(all.inTenant("acme")).events()).containsExactly(acme);
        assertThat(repository.find(all).events()).hasSize(3);
    }

    @Test
    void offsetsSkipInTheSameOrder() throws Exception {
        for (int i = 0; i < 5; i++) {
            insert(i, "auth:registered", "u-" + i);
        }
        EventPage page = repository.find(EventQuery.parse(null, null, null, null, "2", null, "2"));
        assertThat(page.events()).extracting(AuditEvent::actor).containsExactly("u-2", "u-1");
        assertThat(page.nextCursor()).isNotNull();
        EventPage rest = repository.find(EventQuery.parse(null, null, null, null, "2", page.nextCursor(), null));
        assertThat(rest.events()).extracting(AuditEvent::actor).containsExactly("u-0");
        assertThat(rest.nextCursor()).isNull();
    }

    @Test
    void retentionDeletesOnlyOlderEvents() throws Exception {
        insert(0, "auth:registered", "old");
        insert(1, "auth:registered", "older-by-a-minute");
        insert(2, "auth:registered", "kept");
        assertThat(repository.deleteBefore(T0.plusSeconds(120))).isEqualTo(2);
        assertThat(repository.count()).isEqualTo(1);
        assertThat(repository.find(EventQuery.firstPage(10)).events()).extracting(AuditEvent::actor)
                .containsExactly("kept");
    }

    @Test
    void overlongValuesAreCutToTheirColumns() throws Exception {
        AuditEvent stored = repository.insert(T0, "audit:record", "a".repeat(500), "r".repeat(500), "t".repeat(500),
                "{}");
        AuditEvent read = repository.find(EventQuery.firstPage(1)).events().get(0);
        assertThat(read).isEqualTo(stored);
        assertThat(read.actor()).hasSize(AuditRepository.ACTOR_WIDTH);
        assertThat(read.resource()).hasSize(AuditRepository.RESOURCE_WIDTH);
        assertThat(read.tenant()).hasSize(AuditRepository.TENANT_WIDTH);
    }
}
