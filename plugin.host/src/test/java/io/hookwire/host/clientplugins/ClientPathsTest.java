package io.hookwire.host.clientplugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of the client module URLs: what may be served, the version token, the types and the ETag match. */
class ClientPathsTest {
    private static final String V = "1.2.0-lq2x3";

    private static ClientPaths.ModuleRequest ok(String pathInfo) {
        return ClientPaths.parse("/client" + pathInfo, pathInfo).orElseThrow(() -> new AssertionError(pathInfo));
    }

    @Test
    void aPlainFileOfTheClientFolderIsARequest() {
        assertThat(ok("/notes/" + V + "/index.js")).isEqualTo(new ClientPaths.ModuleRequest("notes", V, "index.js"));
        assertThat(ok("/notes/" + V + "/nested/part.js").path()).isEqualTo("nested/part.js");
        assertThat(ok("/notes/" + V + "/style.min.css").path()).isEqualTo("style.min.css");
    }

    @Test
    void traversalHiddenFilesMetadataAndClassesAreRefused() {
        for (String bad : List.of("/notes/" + V + "/../secret/data.txt", "/notes/" + V + "/./index.js",
                "/notes/" + V + "/.hidden.js", "/notes/" + V + "/nested//part.js", "/notes/" + V + "/nested/",
                "/notes/" + V + "/META-INF/MANIFEST.MF", "/notes/" + V + "/osgi-inf/x.xml",
                "/notes/" + V + "/io/example/Probe.class", "/notes/" + V + "/Probe.CLASS", "/notes/" + V,
                "/notes/" + V + "/", "/notes", "/", "", "/notes/" + V + "/a b.js", "/notes/" + V + "/a:b.js",
                "/../" + V + "/index.js", "/notes/" + V + "/" + "x/".repeat(20) + "a.js")) {
            assertThat(ClientPaths.parse("/client" + bad, bad)).as(bad).isEmpty();
        }
        assertThat(ClientPaths.parse("/client/notes/" + V + "/x", null)).isEmpty();
    }

    @Test
    void anEncodedOrEscapedRawPathIsRefusedWhateverItDecodesTo() {
        String decoded = "/notes/" + V + "/index.js";
        for (String raw : List.of("/client/notes/" + V + "/%69ndex.js", "/client/notes/" + V + "/%2e%2e/x",
                "/client/notes/" + V + "/index.js;x=1", "/client/notes/" + V + "\\index.js")) {
            assertThat(ClientPaths.parse(raw, decoded)).as(raw).isEmpty();
        }
    }
}
