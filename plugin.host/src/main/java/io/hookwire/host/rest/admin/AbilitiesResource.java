package io.hookwire.host.rest.admin;

import java.io.IOException;
import java.security.Principal;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;
import io.hookwire.host.bouncer.HostBouncer;
import io.hookwire.host.bouncer.HostBouncer.AbilityView;
import io.hookwire.host.bouncer.RoleLadder;
import io.hookwire.host.rest.auth.Bodies;
import io.hookwire.host.security.AdminOnly;

/**
 * {@code /api/v1/admin/abilities}: every declared ability with its default roles and the grant in force; an
 * operator replaces the roles of one ({@code PUT}), or puts its defaults back ({@code DELETE}). Needs the
 * administrator's credentials.
 */
@Component(service = AbilitiesResource.class)
@JaxrsResource
@AdminOnly
@Path("/api/v1/admin/abilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public final class AbilitiesResource {
    public record AbilityList(List<AbilityView> abilities, List<String> roles) {}

    public record RolesBody(List<String> roles) {}

    private final HostBouncer bouncer;

    @Context
    private SecurityContext security;

    @Activate
    public AbilitiesResource(@Reference HostBouncer bouncer) {
        this.bouncer = bouncer;
    }

    @GET
    public AbilityList abilities() {
        return new AbilityList(bouncer.views(), RoleLadder.ROLES);
    }

    @GET
    @Path("{name}")
    public AbilityView ability(@PathParam("name") String name) {
        return bouncer.view(name).orElseThrow(() -> ApiException.notFound("ability", name));
    }

    @PUT
    @Path("{name}")
    public AbilityView grant(@PathParam("name") String name, String json) throws IOException, SQLException {
        RolesBody body = Bodies.read(json, RolesBody.class, "{\"roles\":[\"admin\"]}");
        if (body.roles() == null) {
            throw ApiException.badRequest("roles", "send {\"roles\": [...]}, roles among " + RoleLadder.ROLES
                    + " (an empty list: nobody); DELETE puts the defaults back");
        }
        ability(name);
        try {
            return bouncer.grant(name, new LinkedHashSet<>(body.roles()), actor());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_argument", e.getMessage(), Map.of("field", "roles"));
        }
    }

    @DELETE
    @Path("{name}")
    public AbilityView defaults(@PathParam("name") String name) throws SQLException {
        ability(name);
        return bouncer.grant(name, null, actor());
    }

    private String actor() {
        Principal user = security == null ? null : security.getUserPrincipal();
        return user == null ? "admin" : user.getName();
    }
}
