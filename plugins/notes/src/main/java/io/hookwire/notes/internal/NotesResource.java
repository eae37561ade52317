package io.hookwire.notes.internal;

import java.net.URI;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.RequiresAbility;
import io.hookwire.api.drive.Drive;
import io.hookwire.hooks.Hooks;
import io.hookwire.notes.Note;
import io.hookwire.notes.internal.NoteViews.NoteList;
import io.hookwire.notes.internal.NoteViews.NoteSummary;

/**
 * {@code /api/v1/notes}: the signed-in user's notes and their current team's. The host checks the abilities named
 * by {@link RequiresAbility} first (401 without a session, 403 without the ability); {@link Access} then decides
 * per note (404 for a note the caller does not see, 403 for one they see but may not change).
 */
@Component(service = NotesResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
public final class NotesResource {
    private final NotesService notes;
    private final Bouncer bouncer;

    @Activate
    public NotesResource(@Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference Drive drive, @Reference Hooks hooks, @Reference Bouncer bouncer) {
        this.notes = NotesService.of(dataSource, drive, hooks);
        this.bouncer = bouncer;
    }

    private Access access() {
        return new Access(bouncer.caller(), bouncer::allows);
    }

    /** {@code ?trashed=true} lists the trash; {@code limit} (1 to 200, default 50) and {@code offset} page. */
    @GET
    @RequiresAbility(Abilities.READ)
    public NoteList list(@QueryParam("trashed") String trashed, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        boolean inTrash = Paging.bool("trashed", trashed);
        int size = Paging.integer("limit", limit, Paging.DEFAULT_LIMIT, 1, Paging.MAX_LIMIT);
        int skip = Paging.integer("offset", offset, 0, 0, Paging.MAX_OFFSET);
        return new NoteList(notes.list(access(), inTrash, size, skip).stream().map(NoteSummary::of).toList(), size,
                skip);
    }

    /** {@code {"title": "...", "body": "...", "shared": false}}: 201 with the note. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresAbility(Abilities.WRITE)
    public Response create(NoteInput input) {
        Note note = notes.create(access(), input);
        return Response.created(URI.create("/api/v1/notes/" + note.id())).entity(note).build();
    }

    @GET
    @Path("{id}")
    @RequiresAbility(Abilities.READ)
    public Note get(@PathParam("id") String id) {
        return notes.get(access(), id);
    }

    /**
     * Replaces the title and the body (a missing body becomes empty), and shares or unshares the note if
     * {@code shared} is given (its owner only); 409 for a note in the trash.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresAbility(Abilities.WRITE)
    public Note update(@PathParam("id") String id, NoteInput input) {
        return notes.update(access(), id, input);
    }

    /** Moves the note to the trash, and answers with it. */
    @DELETE
    @Path("{id}")
    @RequiresAbility(Abilities.WRITE)
    public Note trash(@PathParam("id") String id) {
        return notes.trash(access(), id);
    }

    @POST
    @Path("{id}/restore")
    @RequiresAbility(Abilities.WRITE)
    public Note restore(@PathParam("id") String id) {
        return notes.restore(access(), id);
    }

    /** Deletes a note in the trash for good, with its attachments: 204; 409 for a note not in the trash. */
    @POST
    @Path("{id}/purge")
    @RequiresAbility(Abilities.WRITE)
    public Response purge(@PathParam("id") String id) {
        notes.purge(access(), id);
        return Response.noContent().build();
    }
}
