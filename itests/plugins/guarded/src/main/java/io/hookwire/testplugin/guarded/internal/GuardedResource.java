package io.hookwire.testplugin.guarded.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;
import io.hookwire.api.auth.RequiresAbility;
import io.hookwire.api.auth.SignedIn;

/**
 * {@code /api/v1/test-guarded}: {@code GET open} answers anyone; the rest needs someone signed in ({@code GET me});
 * {@code GET read} needs test-guarded:read, {@code POST write} test-guarded:write, {@code GET secret}
 * test-guarded:secret (by annotation), and {@code GET check} checks test-guarded:write in code.
 */
@Component(service = GuardedResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-guarded")
@Produces(MediaType.APPLICATION_JSON)
public final class GuardedResource {
    private final Bouncer bouncer;

    @Activate
    public GuardedResource(@Reference Bouncer bouncer) {
        this.bouncer = bouncer;
    }

    @GET
    @Path("open")
    public Map<String, Object> open() {
        return Map.of("open", true, "signedIn", bouncer.caller().signedIn());
    }

    @GET
    @Path("me")
    @SignedIn
    public Map<String, Object> me() {
        Caller caller = bouncer.caller();
        return Map.of("user", caller.requireUser().id(), "team", String.valueOf(caller.teamId()), "role",
                caller.teamRole().map(r -> r.name()).orElse("none"));
    }

    @GET
    @Path("read")
    @RequiresAbility(GuardedAbilities.READ)
    public Map<String, Object> read() {
        return Map.of("read", true, "team", String.valueOf(bouncer.caller().teamId()));
    }

    @POST
    @Path("write")
    @RequiresAbility(GuardedAbilities.WRITE)
    public Map<String, Object> write() {
        return Map.of("written", true);
    }

    @GET
    @Path("secret")
    @RequiresAbility(GuardedAbilities.SECRET)
    public Map<String, Object> secret() {
        return Map.of("secret", 42);
    }

    @GET
    @Path("check")
    public Map<String, Object> check() {
        bouncer.authorize(GuardedAbilities.WRITE);
        return Map.of("allowed", bouncer.allows(GuardedAbilities.WRITE));
    }
}
