package io.hookwire.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundleFilesTest {
    private static final String TAG = "\"0.1.0-abc\"";

    @Test
    void theVersionTokenIsTheBundleVersionAndItsModificationTimeInBase36() {
        assertThat(BundleFiles.versionToken("1.2.3", 36L * 36 + 10)).isEqualTo("1.2.3-10a");
        assertThat(BundleFiles.versionToken("0.1.0.SNAPSHOT", 1_764_201_600_000L))
                .isEqualTo("0.1.0.SNAPSHOT-" + Long.toString(1_764_201_600_000L, 36));
        // an update in place that keeps the bundle version still changes the URLs
        assertThat(BundleFiles.versionToken("1.0.0", 1)).isNotEqualTo(BundleFiles.versionToken("1.0.0", 2));
    }

    @Test
    void contentTypesAreExplicitAndPagesAndClassesAreNotServed() {
        assertThat(BundleFiles.contentType("index.js")).contains("text/javascript; charset=utf-8");
        assertThat(BundleFiles.contentType("a/b.MJS")).contains("text/javascript; charset=utf-8");
        assertThat(BundleFiles.contentType("style.css")).contains("text/css; charset=utf-8");
        assertThat(BundleFiles.contentType("logo.svg")).contains("image/svg+xml");
        assertThat(BundleFiles.contentType("font.woff2")).contains("font/woff2");
        assertThat(BundleFiles.contentType("index.html")).isEmpty();
        assertThat(BundleFiles.contentType("Foo.class")).isEmpty();
        assertThat(BundleFiles.contentType("README")).isEmpty();
        assertThat(BundleFiles.contentType("vendor.d/LICENSE")).isEmpty();
    }

    @Test
    void ifNoneMatchMatchesTheTagAmongOthersWeakOrAny() {
        assertThat(BundleFiles.matches(TAG, TAG)).isTrue();
        assertThat(BundleFiles.matches("\"old\", W/" + TAG, TAG)).isTrue();
        assertThat(BundleFiles.matches("*", TAG)).isTrue();
        assertThat(BundleFiles.matches("\"old\"", TAG)).isFalse();
        assertThat(BundleFiles.matches(null, TAG)).isFalse();
    }
}
