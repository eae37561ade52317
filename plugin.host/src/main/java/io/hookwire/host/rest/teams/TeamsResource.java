package io.hookwire.host.rest.teams;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Caller;
import io.hookwire.api.auth.SignedIn;
import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;
import io.hookwire.host.bouncer.CurrentCaller;
import io.hookwire.host.bouncer.HostAbilities;
import io.hookwire.host.bouncer.HostBouncer;
import io.hookwire.host.rest.auth.Bodies;
import io.hookwire.host.teams.Member;
import io.hookwire.host.teams.Membership;
import io.hookwire.host.teams.TeamRoles;
import io.hookwire.host.teams.Teams;

/**
 * {@code /api/v1/teams}: the signed-in user's teams. Anyone signed in creates a team (and owns it); members see it;
 * renaming it and adding or removing others needs the ability {@value HostAbilities#TEAMS_MANAGE} in that team
 * (owners and admins by default); anyone may leave, except the last owner.
 */
@Component(service = TeamsResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@SignedIn
public final class TeamsResource {
    public record NameBody(String name) {}

    public record MemberBody(String email, String role) {}

    /** A team as one of its members sees it; {@code role} is theirs. */
    public record TeamView(String id, String name, String ownerId, Instant createdAt, String role) {}

    public record TeamList(List<TeamView> teams) {}

    public record MemberView(String userId, String email, String displayName, String role, Instant joinedAt) {}

    public record TeamDetail(String id, String name, String ownerId, Instant createdAt, String role,
            List<MemberView> members) {}

    private final Teams teams;
    private final HostBouncer bouncer;

    @Activate
    public TeamsResource(@Reference Teams teams, @Reference HostBouncer bouncer) {
        this.teams = teams;
        this.bouncer = bouncer;
    }

    @POST
    public Response create(String json) throws IOException, SQLException {
        NameBody body = Bodies.read(json, NameBody.class, "{\"name\":\"Acme\"}");
        Membership created = teams.create(user(), body.name());
        return Response.created(URI.create("/api/v1/teams/" + created.team().id())).entity(view(created)).build();
    }

    @GET
    public TeamList mine() throws SQLException {
        return new TeamList(teams.teamsOf(user().id()).stream().map(TeamsResource::view).toList());
    }

    @GET
    @Path("{id}")
    public TeamDetail team(@PathParam("id") String id) throws SQLException {
        return detail(membership(id));
    }

    @PATCH
    @Path("{id}")
    public TeamDetail rename(@PathParam("id") String id, String json) throws IOException, SQLException {
        NameBody body = Bodies.read(json, NameBody.class, "{\"name\":\"Acme\"}");
        Membership mine = membership(id);
        authorize(mine);
        Team team = teams.rename(user(), id, body.name());
        return detail(new Membership(team, mine.createdAt(), mine.role(), mine.joinedAt()));
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") String id, String json) throws IOException, SQLException {
        MemberBody body = Bodies.read(json, MemberBody.class, "{\"email\":\"ada@example.com\",\"role\":\"member\"}");
        Role role = body.role() == null ? Role.MEMBER : TeamRoles.parse("role", body.role());
        Membership mine = membership(id);
        authorize(mine);
        Member added = teams.addMember(user(), mine.role(), id, body.email(), role);
        return Response.created(URI.create("/api/v1/teams/" + id + "/members/" + added.user().id()))
                .entity(view(added)).build();
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public Response removeMember(@PathParam("id") String id, @PathParam("userId") String userId)
            throws SQLException {
        Membership mine = membership(id);
        if (!user().id().equals(userId)) {
            authorize(mine); // leaving needs no ability; removing someone else does
        }
        teams.removeMember(user(), mine.role(), id, userId);
        return Response.noContent().build();
    }

    private static User user() {
        return CurrentCaller.get().requireUser();
    }

    /** The caller's membership of the team: 404 when there is no such team, 403 when they are not a member. */
    private Membership membership(String id) throws SQLException {
        Optional<Membership> mine = teams.membership(id, user().id());
        if (mine.isPresent()) {
            return mine.get();
        }
        if (teams.exists(id)) {
            throw new ApiException(403, "not_a_member", "you are not a member of the team '" + id + "'",
                    Map.of("team", id));
        }
        throw ApiException.notFound("team", id);
    }

    /** The ability in the path's team (which need not be the request's current team). */
    private void authorize(Membership mine) {
        Caller caller = CurrentCaller.get();
        bouncer.authorize(new Caller(caller.user(), mine.team().id(), mine.role(), caller.sessionId()),
                HostAbilities.TEAMS_MANAGE);
    }

    private TeamDetail detail(Membership m) throws SQLException {
        List<MemberView> members = teams.members(m.team().id()).stream().map(TeamsResource::view).toList();
        return new TeamDetail(m.team().id(), m.team().name(), m.team().ownerId(), m.createdAt(), m.role().name(),
                members);
    }

    private static TeamView view(Membership m) {
        return new TeamView(m.team().id(), m.team().name(), m.team().ownerId(), m.createdAt(), m.role().name());
    }

    private static MemberView view(Member m) {
        return new MemberView(m.user().id(), m.user().email(), m.user().displayName(), m.role().name(),
                m.joinedAt());
    }
}
