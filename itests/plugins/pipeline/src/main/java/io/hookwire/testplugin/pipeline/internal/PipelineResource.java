package io.hookwire.testplugin.pipeline.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.HttpExchange;

/**
 * The test plugin's endpoints under {@code /api/v1/test-pipeline}: bodies with a card number in each form (JSON,
 * text, binary, streamed text, streamed binary), what the handlers saw, a probe query with a binding, and a failure.
 */
@Component(service = PipelineResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-pipeline")
@Produces(MediaType.APPLICATION_JSON)
public final class PipelineResource {
    static final String CARD = "4111 1111 1111 1111";
    /** Lines of the streamed bodies. */
    static final int LINES = 2000;

    public record CardBody(String card, String note, int amount) {}

    public record Queries(long count, long recursionProbes, List<Seen.Query> recent) {}

    public record Recursion(boolean on) {}

    public record Probe(String value) {}

    private final Seen seen;
    private final DataSource db;

    @Activate
    public PipelineResource(@Reference Seen seen, @Reference(target = "(hookwire.datasource=main)") DataSource db) {
        this.seen = seen;
        this.db = db;
    }

    @GET
    @Path("card")
    public CardBody card() {
        return new CardBody(CARD, "order 1234-5678 ships today", 4111);
    }

    @GET
    @Path("card.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public String cardText() {
        return "card " + CARD + ", note: keep 1234 5678\n";
    }

    @GET
    @Path("card.bin")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public byte[] cardBinary() {
        return ("card " + CARD + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    @GET
    @Path("stream.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public StreamingOutput streamText() {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (int i = 0; i < LINES; i++) {
                writer.write("line " + i + " card " + CARD + "\n");
                if (i % 100 == 0) {
                    writer.flush();
                }
            }
            writer.flush();
        };
    }

    @GET
    @Path("stream.bin")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public StreamingOutput streamBinary() {
        return out -> {
            for (int i = 0; i < LINES; i++) {
                out.write(("line " + i + " card " + CARD + "\n").getBytes(StandardCharsets.US_ASCII));
                if (i % 100 == 0) {
                    out.flush();
                }
            }
        };
    }

    @GET
    @Path("requests/{id}")
    public HttpExchange request(@PathParam("id") String id) {
        HttpExchange exchange = seen.request(id);
        if (exchange == null) {
            throw ApiException.notFound("request", id);
        }
        return exchange;
    }

    @GET
    @Path("responses/{id}")
    public Seen.Response response(@PathParam("id") String id) {
        Seen.Response response = seen.response(id);
        if (response == null) {
            throw ApiException.notFound("response", id);
        }
        return response;
    }

    @GET
    @Path("queries")
    public Queries queries() {
        return new Queries(seen.queryCount.get(), seen.recursionProbes.get(), seen.queries());
    }

    @PUT
    @Path("queries/recursion")
    public Recursion recursion(@QueryParam("on") boolean on) {
        seen.recurse.set(on);
        return new Recursion(on);
    }

    /** Runs {@code SELECT CAST(? AS VARCHAR(100)) AS probe} with {@code value} bound, through the host's DataSource. */
    @POST
    @Path("queries/probe")
    public Probe probe(@QueryParam("value") String value) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS VARCHAR(100)) AS probe")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Probe(rs.getString(1));
            }
        }
    }

    @GET
    @Path("events")
    public Map<String, List<Seen.Event>> events() {
        return Map.of("events", seen.events());
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("failing on purpose (test-pipeline)");
    }
}
