package io.hookwire.testplugin.capabilities;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.drive.DriveEntry;

/**
 * The plugin's drive over REST, the path in the query ({@code ?path=a/b.txt}), so that no URL normalisation hides
 * what reaches the drive: {@code PUT file} (the body, streamed), {@code GET file}, {@code DELETE file},
 * {@code GET files?folder=}, {@code GET limit}. A refused path or size is the drive's own DriveException.
 */
@Component(service = DriveResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-capabilities/drive")
public final class DriveResource {
    public record Deleted(boolean deleted) {}

    public record Limit(long maxFileBytes) {}

    private final Drive drive;

    @Activate
    public DriveResource(@Reference Drive drive) {
        this.drive = drive;
    }

    @PUT
    @Path("file")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public DriveEntry put(@QueryParam("path") String path, InputStream body) throws IOException {
        return drive.put(path, body);
    }

    @GET
    @Path("file")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response get(@QueryParam("path") String path) throws IOException {
        InputStream in = drive.open(path);
        return Response.ok(in, MediaType.APPLICATION_OCTET_STREAM_TYPE).build();
    }

    @DELETE
    @Path("file")
    @Produces(MediaType.APPLICATION_JSON)
    public Deleted delete(@QueryParam("path") String path) throws IOException {
        return new Deleted(drive.delete(path));
    }

    @GET
    @Path("files")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DriveEntry> list(@QueryParam("folder") String folder) throws IOException {
        return drive.list(folder == null ? "" : folder);
    }

    @GET
    @Path("limit")
    @Produces(MediaType.APPLICATION_JSON)
    public Limit limit() {
        return new Limit(drive.maxFileBytes());
    }
}
