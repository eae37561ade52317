package io.hookwire.testplugin.migration.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;

/**
 * Version 2 of the test-migration plugin's endpoints, over the table of version 1 and the {@code note} column its
 * second changeset adds:
 * <ul>
 * <li>{@code POST /api/v1/test-migration/items} with {@code {"name": "...", "note": "..."}} (the note is optional)
 * stores an item and answers 201 with it;
 * <li>{@code GET /api/v1/test-migration/items} answers
 * {@code {"items": [{"id": 1, "name": "...", "note": null}, ...]}}, the items stored by version 1 included;
 * <li>{@code GET /api/v1/test-migration/version} answers {@code {"version": 2}}.
 * </ul>
 * The component waits for the host's database, the {@link DataSource} service with {@code hookwire.datasource=main}.
 */
@Component(service = ItemsResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-migration")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemsResource {
    /** What {@code /version} answers: this is version 2 of the plugin. */
    static final int VERSION = 2;
    /** The longest name accepted: the width of the column. */
    static final int MAX_NAME = 100;
    /** The longest note accepted: the width of the column. */
    static final int MAX_NOTE = 200;

    public record Item(long id, String name, String note) {}

    public record NewItem(String name, String note) {}

    public record ItemList(List<Item> items) {}

    public record PluginVersion(int version) {}

    private final DataSource dataSource;

    @Activate
    public ItemsResource(@Reference(target = "(hookwire.datasource=main)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Path("version")
    public PluginVersion version() {
        return new PluginVersion(VERSION);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewItem item) {
        if (item == null || item.name() == null || item.name().isBlank()) {
            throw ApiException.badRequest("name", "the body must be {\"name\": \"...\"} with a non-blank name");
        }
        String name = item.name().strip();
        if (name.length() > MAX_NAME) {
            throw ApiException.badRequest("name", "the name is " + name.length() + " characters long; at most "
                    + MAX_NAME + " are allowed");
        }
        String note = item.note();
        if (note != null && note.length() > MAX_NOTE) {
            throw ApiException.badRequest("note", "the note is " + note.length() + " characters long; at most "
                    + MAX_NOTE + " are allowed");
        }
        String sql = "INSERT INTO plugin_test_migration__items (name, note) VALUES (?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, note);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return Response.status(Response.Status.CREATED).entity(new Item(keys.getLong(1), name, note)).build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the item in plugin_test_migration__items", e);
        }
    }

    @GET
    @Path("items")
    public ItemList list() {
        String sql = "SELECT id, name, note FROM plugin_test_migration__items ORDER BY id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            List<Item> items = new ArrayList<>();
            while (rows.next()) {
                items.add(new Item(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
            return new ItemList(items);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read plugin_test_migration__items", e);
        }
    }
}
