package io.hookwire.host.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ShellPathsTest {
    private static final String V = "0.1.0.SNAPSHOT-mwyvriq7";

    @Test
    void aFileOfTheCurrentVersionIsServed() {
        assertThat(ShellPaths.assetPath("/" + V + "/app.js", V)).contains("app.js");
        assertThat(ShellPaths.assetPath("/" + V + "/vendor/preact/dist/preact.module.js", V))
                .contains("vendor/preact/dist/preact.module.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/0.1.0.SNAPSHOT-old/app.js", "/app.js", "", "/" + V, "/" + V + "/", "/" + V + "/vendor/",
            "/" + V + "/../index.html", "/" + V + "/vendor/../../x.js", "/" + V + "/%2e%2e/x.js",
            "/" + V + "/vendor//preact.js", "/" + V + "/vendor\\x.js", "/" + V + "/.hidden.js",
            "/" + V + "/./app.js", "/" + V + "//app.js", "/" + V + "/a b.js", "/" + V + "/app.js?x",
            "/" + V + "x/app.js"})
    void anythingElseIsA404(String raw) {
        assertThat(ShellPaths.assetPath(raw, V)).isEmpty();
    }

    @Test
    void nullIsA404() {
        assertThat(ShellPaths.assetPath(null, V)).isEmpty();
    }

    @Test
    void thePageGetsTheVersionEverywhere() {
        assertThat(ShellPaths.page("<a href=\"/shell/{{v}}/a.js\"></a><b>{{v}}</b>", V))
                .isEqualTo("<a href=\"/shell/" + V + "/a.js\"></a><b>" + V + "</b>");
    }
}
