package io.hookwire.itests;

import static io.hookwire.itests.Visitors.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The Bouncer in the real runtime, with the test plugin {@code guarded}: it declares its abilities when
 * app:capabilities:register fires (its handler arrives after its bundle started), its resource is guarded by
 * {@code @SignedIn} and {@code @RequiresAbility} (401, 403 naming the ability, 200), and in code; the role follows
 * the current team; an operator changes the grants over the admin API.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BouncerIT extends RuntimeTestSupport {
    private static final String GUARDED = "/api/v1/test-guarded/";
    private static final String ABILITIES = "abilities";

    @Inject
    private Hooks hooks;

    @Before
    public void deployTheGuardedPlugin() throws Exception {
        Visitors.awaitAccounts(http);
        if (!java.nio.file.Files.exists(deploy.resolve(TestArtifacts.plugin("guarded").getFileName()))) {
            TestArtifacts.deploy("guarded", deploy); // once: copying it again would update the bundle meanwhile
        }
        http.await(GUARDED + "open", 200, 60);
        awaitAbility("test-guarded:read");
    }

    /** Asks the admin API until the ability is declared; returns it. */
    private JsonNode awaitAbility(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = admin.get(ABILITIES + "/" + name);
            if (last.status() == 200) {
                return last.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not declared within 30 s; last answer " + last);
    }

    private static String error(Http.Answer answer, int status) {
        return ok(answer, status).get("error").asText();
    }

    @Test
    public void nobodySignedInGets401AndTheDeclaredAbilitiesAreListed() throws Exception {
        assertThat(ok(http.get(GUARDED + "open"), 200).get("signedIn").asBoolean()).isFalse();
        for (String path : new String[] {"me", "read", "secret", "check"}) {
            assertThat(error(http.get(GUARDED + path), 401)).as(path).isEqualTo("unauthenticated");
        }
        assertThat(error(http.send("POST", GUARDED + "write", null), 401)).isEqualTo("unauthenticated");

        JsonNode abilities = ok(admin.get(ABILITIES), 200);
        assertThat(abilities.get("roles").toString()).isEqualTo("[\"user\",\"member\",\"admin\",\"owner\"]");
        assertThat(abilities.get("abilities").toString()).contains("\"name\":\"teams:manage\"",
                "\"declaredBy\":\"core\"");
        JsonNode read = awaitAbility("test-guarded:read");
        assertThat(read.get("declaredBy").asText()).isEqualTo("test-guarded");
        assertThat(read.get("roles").toString()).isEqualTo("[\"member\"]");
        assertThat(read.get("overridden").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/admin/abilities").status()).as("the operator's only").isEqualTo(401);
    }

    @Test
    public void theRoleInTheCurrentTeamDecidesAnd403NamesTheAbility() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        Visitors.Visitor grace = Visitors.signedIn(http, "grace");

        // signed in, but in no team: only "user" abilities
        assertThat(ok(ada.http().get(GUARDED + "me"), 200).get("role").asText()).isEqualTo("none");
        JsonNode denied = ok(ada.http().get(GUARDED + "read"), 403);
        assertThat(denied.get("error").asText()).isEqualTo("forbidden");
        assertThat(denied.get("details").get("ability").asText()).isEqualTo("test-guarded:read");

        String team = ok(ada.http().send("POST", "/api/v1/teams", "{\"name\":\"Acme\"}"), 201).get("id").asText();
        ok(ada.http().send("POST", "/api/v1/teams/" + team + "/members", "{\"email\":\"" + grace.email()
                + "\",\"role\":\"member\"}"), 201);

        // the owner holds what members and admins hold
        assertThat(ok(ada.http().get(GUARDED + "read"), 200).get("team").asText()).isEqualTo(team);
        assertThat(ok(ada.http().send("POST", GUARDED + "write", null), 200).get("written").asBoolean()).isTrue();
        assertThat(ok(ada.http().get(GUARDED + "check"), 200).get("allowed").asBoolean()).isTrue();
        assertThat(ok(ada.http().get(GUARDED + "secret"), 403).get("details").get("ability").asText())
                .isEqualTo("test-guarded:secret");

        // a member reads, and may not write (by annotation, and in code)
        assertThat(ok(grace.http().get(GUARDED + "me", "X-Hookwire-Tenant", team), 200).get("role").asText())
                .isEqualTo("member");
        ok(grace.http().get(GUARDED + "read", "X-Hookwire-Tenant", team), 200);
        assertThat(ok(grace.http().send("POST", GUARDED + "write", null, "X-Hookwire-Tenant", team), 403)
                .get("details").get("ability").asText()).isEqualTo("test-guarded:write");
        assertThat(ok(grace.http().get(GUARDED + "check", "X-Hookwire-Tenant", team), 403).get("details")
                .get("ability").asText()).isEqualTo("test-guarded:write");
    }

    @Test
    public void anOperatorGrantsAnAbilityAndPutsTheDefaultsBack() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        ok(ada.http().send("POST", "/api/v1/teams", "{\"name\":\"Acme\"}"), 201);
        assertThat(ada.http().get(GUARDED + "secret").status()).isEqualTo(403);

        assertThat(ok(admin.put(ABILITIES + "/test-guarded:secret", "{\"roles\":[\"boss\"]}"), 400).get("details")
                .get("field").asText()).isEqualTo("roles");
        assertThat(admin.put(ABILITIES + "/nobody:declared", "{\"roles\":[\"user\"]}").status()).isEqualTo(404);
        assertThat(ok(admin.put(ABILITIES + "/test-guarded:secret", "{}"), 400).get("details").get("field")
                .asText()).isEqualTo("roles");

        JsonNode granted = ok(admin.put(ABILITIES + "/test-guarded:secret", "{\"roles\":[\"owner\"]}"), 200);
        assertThat(granted.get("roles").toString()).isEqualTo("[\"owner\"]");
        assertThat(granted.get("overridden").asBoolean()).isTrue();
        assertThat(ok(ada.http().get(GUARDED + "secret"), 200).get("secret").asInt()).isEqualTo(42);

        JsonNode back = ok(admin.send("DELETE", ABILITIES + "/test-guarded:secret"), 200);
        assertThat(back.get("roles")).isEmpty();
        assertThat(back.get("overridden").asBoolean()).isFalse();
        assertThat(ada.http().get(GUARDED + "secret").status()).isEqualTo(403);
        assertThat(admin.get("audit?limit=1000").json().toString()).contains("ability.granted");
    }

    @Test
    public void aHandlerRegisteredAtAnyTimeIsAskedAndAStoppedPluginsAbilitiesGoAndTheAuditIsAnnounced()
            throws Exception {
        try (HookRegistration late = hooks.registerAction(CoreHooks.APP_CAPABILITIES_REGISTER,
                registry -> registry.declare("itest-probe:poke", "Poke the probe", Set.of("user")))) {
            JsonNode declared = awaitAbility("itest-probe:poke");
            assertThat(declared.get("declaredBy").asText()).as("the probe bundle, not a string it passed")
                    .isNotEqualTo("core").isNotBlank();
        }

        List<AuditRecord> audit = new CopyOnWriteArrayList<>();
        try (HookRegistration recorder = hooks.registerAction(CoreHooks.AUDIT_RECORD, audit::add)) {
            ok(admin.post("plugins/test-guarded/disable", null), 200);
            awaitGone("test-guarded:read");
            ok(admin.post("plugins/test-guarded/enable", null), 200);
            awaitAbility("test-guarded:read");

            // the plugin manager's audit entries fire audit:record too (once written, on a thread of their own)
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (audit.stream().noneMatch(r -> r.action().equals("plugin.enabled"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(audit).filteredOn(r -> r.resource().equals("plugin/test-guarded"))
                    .extracting(AuditRecord::action).containsSubsequence("plugin.disabled", "plugin.enabled");
            assertThat(audit).filteredOn(r -> r.action().equals("plugin.disabled")).first()
                    .satisfies(r -> assertThat(r.actor()).isEqualTo(PaxExamRuntime.ADMIN));
        }
    }

    private void awaitGone(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (admin.get(ABILITIES + "/" + name).status() == 404) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was still declared 30 s after its plugin stopped");
    }
}
