package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * People who use the accounts over HTTP, as a browser would: each has a client of their own that keeps its cookies
 * ({@link Http#browser()}).
 */
final class Visitors {
    /** What every test account's password is. */
    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern RESET_TOKEN = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]{43})");

    private Visitors() {}

    /** Waits until the accounts answer (they come with the database): {@code GET /api/v1/auth/me} is a 401. */
    static void awaitAccounts(Http http) throws InterruptedException {
        http.await("/api/v1/auth/me", 401, 60);
        http.await("/api/v1/teams", 401, 60);
    }

    /** A fresh e-mail address, unique in this run. */
    static String email(String name) {
        return name + "-" + System.nanoTime() + "-" + NEXT.incrementAndGet() + "@example.com";
    }

    static String registerJson(String email, String password, String displayName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"" + displayName
                + "\"}";
    }

    static String loginJson(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    /** A signed-in person: their browser and their user id. */
    record Visitor(Http http, String id, String email) {}

    /** Registers someone and signs them in, in a browser of their own; fails unless both work. */
    static Visitor signedIn(Http http, String name) throws IOException, InterruptedException {
        Http browser = http.browser();
        String email = email(name);
        Http.Answer registered = browser.send("POST", "/api/v1/auth/register", registerJson(email, PASSWORD, name));
        assertThat(registered.status()).as("register: %s", registered.body()).isEqualTo(201);
        Http.Answer in = browser.send("POST", "/api/v1/auth/login", loginJson(email, PASSWORD));
        assertThat(in.status()).as("login: %s", in.body()).isEqualTo(200);
        return new Visitor(browser, registered.json().get("user").get("id").asText(), email);
    }

    /** The answer's JSON, once it is checked to have this status. */
    static JsonNode ok(Http.Answer answer, int status) {
        assertThat(answer.status()).as("answer: %s", answer.body()).isEqualTo(status);
        return answer.json();
    }

    /** The token of the newest reset link sent to {@code email}, read from the host's outbox table. */
    static String resetToken(DataSource db, String email) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select body from hookwire_outbox where recipient = ?"
                        + " order by id desc")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a message to %s in the outbox", email).isTrue();
                Matcher m = RESET_TOKEN.matcher(r.getString(1));
                assertThat(m.find()).as("a reset link in the message").isTrue();
                return m.group(1);
            }
        }
    }

    /** The outbox messages to {@code email}. */
    static int outboxCount(DataSource db, String email) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from hookwire_outbox where recipient = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
