package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a {@link PluginsPage} as the console would: GETs render the content, POSTs carry the form fields, and a
 * 303 is followed to the page it names. Keeps what the page logged.
 */
final class PageClient {
    static final String ROOT = "/system/console/hookwire-plugins";
    private static final Pattern TOKEN = Pattern.compile("name=\"" + CsrfTokens.FIELD + "\" value=\"([^\"]+)\"");

    final FakePluginAdmin admin = new FakePluginAdmin();
    final MutableClock clock = new MutableClock();
    final List<String> logged = new ArrayList<>();
    final PluginsPage page = new PluginsPage(admin, (message, e) -> logged.add(message + ": " + e),
            new SecureRandom(), clock);

    /** The page's content for {@code user}, with the given query parameters. */
    String get(String user, Map<String, String> query) throws Exception {
        FakeHttp.Request request = new FakeHttp.Request();
        request.remoteUser = user;
        request.attributes.put(PluginsPage.ATTR_PLUGIN_ROOT, ROOT);
        request.parameters.putAll(query);
        FakeHttp.Response response = new FakeHttp.Response();
        page.service(request.proxy(), response.proxy());
        assertThat(response.status).isEqualTo(200);
        return response.body();
    }

    String get(String user) throws Exception {
        return get(user, Map.of());
    }

    /** The CSRF token of the forms a GET served to {@code user}. */
    String token(String user) throws Exception {
        Matcher m = TOKEN.matcher(get(user));
        assertThat(m.find()).as("the page has a form with a token").isTrue();
        return m.group(1);
    }

    /** POSTs the fields as {@code user}; returns the answer. */
    FakeHttp.Response post(String user, Map<String, String> fields) throws Exception {
        FakeHttp.Request request = new FakeHttp.Request();
        request.method = "POST";
        request.remoteUser = user;
        request.attributes.put(PluginsPage.ATTR_PLUGIN_ROOT, ROOT);
        request.parameters.putAll(fields);
        FakeHttp.Response response = new FakeHttp.Response();
        page.service(request.proxy(), response.proxy());
        return response;
    }

    /** POSTs with a valid token, expects the redirect, and returns the page it leads to. */
    String submit(String user, Map<String, String> fields) throws Exception {
        Map<String, String> withToken = new java.util.HashMap<>(fields);
        withToken.put(CsrfTokens.FIELD, token(user));
        FakeHttp.Response response = post(user, withToken);
        assertThat(response.status).isEqualTo(303);
        String location = response.headers.get("Location");
        assertThat(location).startsWith(ROOT + "?" + PluginsPage.OUTCOME + "=");
        return get(user, Map.of(PluginsPage.OUTCOME, location.substring(location.indexOf('=') + 1)));
    }
}
