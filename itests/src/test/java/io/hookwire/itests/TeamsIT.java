package io.hookwire.itests;

import static io.hookwire.itests.Visitors.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.MemberAdded;
import io.hookwire.hooks.core.Payloads.MemberRemoved;
import io.hookwire.hooks.core.Payloads.TeamCreated;
import io.hookwire.hooks.core.Team;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Teams over real HTTP: create, list, read, rename, add and remove members, with the membership rules (members
 * only, owners and admins manage, the last owner stays), the team:* actions with their payloads, and the current
 * team of a request (the X-Hookwire-Tenant header names one of the caller's teams, else their first).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TeamsIT extends RuntimeTestSupport {
    private static final String TEAMS = "/api/v1/teams";
    private static final String TENANT = "X-Hookwire-Tenant";

    @Inject
    private Hooks hooks;

    private final List<Object> fired = new CopyOnWriteArrayList<>();
    private final List<HookRegistration> registrations = new CopyOnWriteArrayList<>();

    @Before
    public void listen() throws Exception {
        Visitors.awaitAccounts(http);
        registrations.add(hooks.registerAction(CoreHooks.TEAM_CREATED, fired::add));
        registrations.add(hooks.registerAction(CoreHooks.TEAM_UPDATED, fired::add));
        registrations.add(hooks.registerAction(CoreHooks.TEAM_MEMBER_ADDED, fired::add));
        registrations.add(hooks.registerAction(CoreHooks.TEAM_MEMBER_REMOVED, fired::add));
    }

    @After
    public void stopListening() {
        registrations.forEach(HookRegistration::close);
    }

    private static String create(Visitors.Visitor owner, String name) throws Exception {
        Http.Answer created = owner.http().send("POST", TEAMS, "{\"name\":\"" + name + "\"}");
        JsonNode team = ok(created, 201);
        assertThat(created.header("Location")).endsWith(TEAMS + "/" + team.get("id").asText());
        return team.get("id").asText();
    }

    private static Http.Answer add(Visitors.Visitor by, String team, String email, String role) throws Exception {
        return by.http().send("POST", TEAMS + "/" + team + "/members", "{\"email\":\"" + email + "\",\"role\":\""
                + role + "\"}");
    }

    @Test
    public void aTeamIsCreatedOwnedListedAndReadByItsMembersOnly() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        Visitors.Visitor grace = Visitors.signedIn(http, "grace");
        assertThat(ok(http.send("POST", TEAMS, "{\"name\":\"Acme\"}"), 401).get("error").asText())
                .isEqualTo("unauthenticated");
        assertThat(ok(ada.http().send("POST", TEAMS, "{\"name\":\"  \"}"), 400).get("details").get("field").asText())
                .isEqualTo("name");

        String team = create(ada, "Acme");

        assertThat(fired).singleElement().isInstanceOfSatisfying(TeamCreated.class, c -> {
            assertThat(c.team()).isEqualTo(new Team(team, "Acme", ada.id()));
            assertThat(c.owner().id()).isEqualTo(ada.id());
        });
        JsonNode mine = ok(ada.http().get(TEAMS), 200).get("teams");
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t.get("id").asText()).isEqualTo(team);
            assertThat(t.get("role").asText()).isEqualTo("owner");
        });
        JsonNode detail = ok(ada.http().get(TEAMS + "/" + team), 200);
        assertThat(detail.get("members")).singleElement().satisfies(m -> {
            assertThat(m.get("userId").asText()).isEqualTo(ada.id());
            assertThat(m.get("role").asText()).isEqualTo("owner");
        });
        JsonNode me = ok(ada.http().get("/api/v1/auth/me"), 200);
        assertThat(me.get("currentTeam").asText()).as("the first team is the default").isEqualTo(team);
        assertThat(me.get("teams").get(0).get("role").asText()).isEqualTo("owner");

        assertThat(ok(grace.http().get(TEAMS + "/" + team), 403).get("error").asText()).isEqualTo("not_a_member");
        assertThat(grace.http().get(TEAMS + "/no-such-team").status()).isEqualTo(404);
        assertThat(ok(grace.http().get(TEAMS), 200).get("teams")).isEmpty();
    }

    @Test
    public void ownersAndAdminsManageMembersAndTheLastOwnerStays() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        Visitors.Visitor grace = Visitors.signedIn(http, "grace");
        Visitors.Visitor linus = Visitors.signedIn(http, "linus");
        String team = create(ada, "Acme");
        fired.clear();

        JsonNode added = ok(add(ada, team, grace.email(), "member"), 201);
        assertThat(added.get("userId").asText()).isEqualTo(grace.id());
        assertThat(fired).singleElement().isInstanceOfSatisfying(MemberAdded.class, m -> {
            assertThat(m.team().id()).isEqualTo(team);
            assertThat(m.user().id()).isEqualTo(grace.id());
            assertThat(m.role().name()).isEqualTo("member");
        });
        assertThat(ok(add(ada, team, grace.email(), "member"), 409).get("error").asText()).isEqualTo("already_member");
        assertThat(add(ada, team, Visitors.email("nobody"), "member").status()).isEqualTo(404);
        assertThat(ok(add(ada, team, linus.email(), "boss"), 400).get("details").get("field").asText())
                .isEqualTo("role");

        // a member may not manage: 403 naming the ability
        JsonNode denied = ok(grace.http().send("PATCH", TEAMS + "/" + team, "{\"name\":\"Grace's\"}"), 403);
        assertThat(denied.get("details").get("ability").asText()).isEqualTo("teams:manage");
        assertThat(add(grace, team, linus.email(), "member").status()).isEqualTo(403);
        assertThat(grace.http().send("DELETE", TEAMS + "/" + team + "/members/" + ada.id(), null).status())
                .isEqualTo(403);

        fired.clear();
        assertThat(ok(ada.http().send("PATCH", TEAMS + "/" + team, "{\"name\":\"Acme Corp\"}"), 200).get("name")
                .asText()).isEqualTo("Acme Corp");
        assertThat(fired).containsExactly(new Team(team, "Acme Corp", ada.id()));

        // an admin manages members, but only an owner makes or removes owners
        ok(add(ada, team, linus.email(), "admin"), 201);
        assertThat(add(linus, team, Visitors.email("x"), "owner").status()).isEqualTo(403);
        assertThat(linus.http().send("DELETE", TEAMS + "/" + team + "/members/" + ada.id(), null).status())
                .isEqualTo(403);
        fired.clear();
        assertThat(linus.http().send("DELETE", TEAMS + "/" + team + "/members/" + grace.id(), null).status())
                .isEqualTo(204);
        assertThat(fired).singleElement().isInstanceOfSatisfying(MemberRemoved.class,
                r -> assertThat(r.user().id()).isEqualTo(grace.id()));
        assertThat(grace.http().get(TEAMS + "/" + team).status()).isEqualTo(403);

        // the last owner cannot leave; once there is another owner, they can
        assertThat(ok(ada.http().send("DELETE", TEAMS + "/" + team + "/members/" + ada.id(), null), 409)
                .get("error").asText()).isEqualTo("last_owner");
        ok(add(ada, team, grace.email(), "owner"), 201);
        assertThat(ada.http().send("DELETE", TEAMS + "/" + team + "/members/" + ada.id(), null).status())
                .isEqualTo(204);
        assertThat(ok(grace.http().get(TEAMS + "/" + team), 200).get("ownerId").asText()).isEqualTo(grace.id());
        assertThat(linus.http().send("DELETE", TEAMS + "/" + team + "/members/" + linus.id(), null).status())
                .as("anyone may leave").isEqualTo(204);
        assertThat(admin.get("audit?limit=1000").json().toString()).contains("team.created", "team.updated",
                "team.member_added", "team.member_removed");
    }

    @Test
    public void theHeaderNamesTheCurrentTeamAmongTheCallersTeams() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        Visitors.Visitor grace = Visitors.signedIn(http, "grace");
        String first = create(ada, "First");
        String second = create(ada, "Second");
        String graces = create(grace, "Grace's");

        assertThat(ok(ada.http().get("/api/v1/auth/me"), 200).get("currentTeam").asText()).isEqualTo(first);
        assertThat(ok(ada.http().get("/api/v1/auth/me", TENANT, second), 200).get("currentTeam").asText())
                .isEqualTo(second);
        JsonNode notMine = ok(ada.http().get(TEAMS, TENANT, graces), 403);
        assertThat(notMine.get("error").asText()).isEqualTo("not_a_member");
        assertThat(notMine.get("details").get("team").asText()).isEqualTo(graces);
        assertThat(ada.http().send("POST", "/api/v1/auth/logout", null, TENANT, graces).status())
                .as("signing out always works").isEqualTo(204);
        assertThat(http.get("/api/v1/health", TENANT, graces).status()).as("no session: the header as before")
                .isEqualTo(200);
    }
}
