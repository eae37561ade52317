package io.hookwire.notes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.sql.DataSource;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.RequiresAbility;
import io.hookwire.api.drive.Drive;
import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.Hooks;
import io.hookwire.notes.internal.AttachmentService.Download;
import io.hookwire.notes.internal.NoteViews.AttachmentList;

/**
 * {@code /api/v1/notes/{id}/attachments}: files on a note, kept in the plugin's Drive. An upload is the raw body
 * ({@code ?name=} names it, its {@code Content-Type} is kept) or a {@code multipart/form-data} body whose first file
 * part is stored (under its file name, unless {@code ?name=} is given). Downloads stream.
 */
@Component(service = AttachmentsResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/notes/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public final class AttachmentsResource {
    private final AttachmentService attachments;
    private final Bouncer bouncer;

    @Activate
    public AttachmentsResource(@Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference Drive drive, @Reference Hooks hooks, @Reference Bouncer bouncer) {
        this.attachments = new AttachmentService(NotesService.of(dataSource, drive, hooks),
                new AttachmentRepository(dataSource), drive, java.time.Clock.systemUTC());
        this.bouncer = bouncer;
    }

    private Access access() {
        return new Access(bouncer.caller(), bouncer::allows);
    }

    @POST
    @RequiresAbility(Abilities.WRITE)
    public Response upload(@PathParam("id") String noteId, @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
        Attachment stored;
        try {
            stored = MultipartUpload.isMultipart(contentType) ? uploadPart(noteId, name, contentType, body)
                    : attachments.attach(access(), noteId, name, contentType, body);
        } catch (MultipartUpload.MalformedException e) {
            throw ApiException.badRequest("body", e.getMessage());
        }
        return Response.created(URI.create("/api/v1/notes/" + noteId + "/attachments/"
                + URLEncoder.encode(stored.name(), StandardCharsets.UTF_8).replace("+", "%20"))).entity(stored).build();
    }

    private Attachment uploadPart(String noteId, String name, String contentType, InputStream body)
            throws IOException {
        Optional<MultipartUpload.FilePart> file = MultipartUpload.firstFile(contentType, body);
        if (file.isPresent()) {
            MultipartUpload.FilePart p = file.get();
            String fileName = name != null && !name.isBlank() ? name : lastSegment(p.fileName());
            return attachments.attach(access(), noteId, fileName, p.contentType(), p.content());
        }
        throw ApiException.badRequest("file", "the multipart body has no file part; send one, for example with"
                + " curl -F file=@report.pdf");
    }

    /** Some browsers send the whole client path as the file name. */
    private static String lastSegment(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    @GET
    @RequiresAbility(Abilities.READ)
    public AttachmentList list(@PathParam("id") String noteId) {
        return new AttachmentList(attachments.list(access(), noteId));
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.WILDCARD)
    @RequiresAbility(Abilities.READ)
    public Response download(@PathParam("id") String noteId, @PathParam("name") String name) throws IOException {
        Download download = attachments.open(access(), noteId, name);
        StreamingOutput content = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        Attachment a = download.attachment();
        return Response.ok(content, a.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, a.size())
                // a download, never a page of this site: uploaded HTML must not run here
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(a.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{name}")
    @RequiresAbility(Abilities.WRITE)
    public Response delete(@PathParam("id") String noteId, @PathParam("name") String name) throws IOException {
        attachments.detach(access(), noteId, name);
        return Response.noContent().build();
    }
}
