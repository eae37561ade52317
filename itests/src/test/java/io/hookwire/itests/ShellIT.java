package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The web shell's servlets in the real HTTP stack: its page at every client-side route (the root included), next to
 * the JAX-RS whiteboard's {@code /*} that keeps {@code /api/v1}; its assets at a versioned URL with immutable caching,
 * and a 404 for anything outside the shell folder or of another version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIT extends RuntimeTestSupport {
    private static final Pattern APP = Pattern.compile("/shell/([^/\"]+)/app\\.js");

    private String version() {
        Bundle host = bundle("io.hookwire.plugin.host");
        return host.getVersion() + "-" + Long.toString(host.getLastModified(), 36);
    }

    @Test
    public void everyRouteOfTheShellAnswersThePageWithTheCurrentAssetVersion() throws Exception {
        for (String path : new String[] {"/", "/login", "/register", "/forgot-password", "/reset-password?token=x",
                "/dashboard", "/settings/user/security", "/profile", "/teams/t1", "/admin", "/admin/users/u1",
                "/p/notes/a/b"}) {
            Http.Answer page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(page.body()).as(path).contains("<script type=\"importmap\">").doesNotContain("{{v}}");
            Matcher app = APP.matcher(page.body());
            assertThat(app.find()).as(path).isTrue();
            assertThat(app.group(1)).as(path).isEqualTo(version());
        }
    }

    @Test
    public void theApiStaysWithJaxRs() throws Exception {
        Http.Answer health = http.get("/api/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        Http.Answer unknown = http.get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("importmap");
        // only GET and HEAD of the root are the shell's
        assertThat(http.send("POST", "/", "{}").body()).doesNotContain("importmap");
        // a path that is no route of the shell is not answered with its page
        assertThat(http.get("/dashboard/extra").body()).doesNotContain("importmap");
    }

    @Test
    public void assetsAreServedFromTheShellFolderWithImmutableCaching() throws Exception {
        String v = version();
        Http.Answer app = http.get("/shell/" + v + "/app.js");
        assertThat(app.status()).isEqualTo(200);
        assertThat(app.contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(app.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(app.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // a client that revalidates anyway gets a 304 for the version it has
        assertThat(app.header("ETag")).isEqualTo("\"" + v + "\"");
        assertThat(http.get("/shell/" + v + "/app.js", "If-None-Match", app.header("ETag")).status()).isEqualTo(304);
        assertThat(http.get("/shell/" + v + "/registry.js").body()).contains("export class ClientHookRegistry");
        assertThat(http.get("/shell/" + v + "/shell.css").contentType()).isEqualTo("text/css; charset=utf-8");
        // everything the import map names is there
        for (String vendor : new String[] {"vendor/preact/dist/preact.module.js", "vendor/preact/hooks/dist/hooks.module.js",
                "vendor/htm/dist/htm.module.js", "vendor/htm/preact/index.module.js"}) {
            assertThat(http.get("/shell/" + v + "/" + vendor).status()).as(vendor).isEqualTo(200);
        }
    }

    @Test
    public void anythingElseUnderShellIsNotFound() throws Exception {
        String v = version();
        for (String path : new String[] {"/shell/0.0.1-old/app.js", "/shell/" + v + "/missing.js",
                "/shell/" + v + "/vendor", "/shell/" + v + "/vendor/", "/shell/" + v + "/index.html",
                "/shell/" + v + "/.hidden.js", "/shell/" + v, "/shell/"}) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(answer.json().get("error").asText()).as(path).isEqualTo("not_found");
        }
        // escapes: Jetty refuses some of them itself (400); either way nothing is served
        for (String path : new String[] {"/shell/" + v + "/../shell/" + v + "/app.js", "/shell/" + v + "/%2e%2e/index.html",
                "/shell/" + v + "//app.js", "/shell/" + v + "/vendor/%2fapp.js"}) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("import ");
        }
    }
}
