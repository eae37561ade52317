package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdminSecurityProviderTest {
    private final List<String> checked = new ArrayList<>();
    /** Accepts one administrator, ops / "s3cr:t ü", as the host's authenticator would. */
    private final AdminSecurityProvider provider = new AdminSecurityProvider((user, password) -> {
        checked.add(user + "/" + new String(password));
        return user.equals("ops") && new String(password).equals("s3cr:t \u00fc");
    });

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private Object authenticate(String authorization, FakeHttp.Request request, FakeHttp.Response response) {
        if (authorization != null) {
            request.headers.put("Authorization", authorization);
        }
        return provider.authenticate(request.proxy(), response.proxy());
    }

    private void assertChallenged(String authorization) {
        FakeHttp.Request request = new FakeHttp.Request();
        FakeHttp.Response response = new FakeHttp.Response();
        assertThat(authenticate(authorization, request, response)).as(authorization).isNull();
        assertThat(response.status).isEqualTo(401);
        assertThat(response.headers.get("WWW-Authenticate"))
                .isEqualTo("Basic realm=\"Hookwire administration\", charset=\"UTF-8\"");
        assertThat(response.flushed).isTrue();
        assertThat(request.attributes).isEmpty();
    }

    @Test
    void theAdministratorsCredentialsOpenTheConsoleAndNameTheUser() {
        FakeHttp.Request request = new FakeHttp.Request();
        FakeHttp.Response response = new FakeHttp.Response();

        Object user = authenticate(basic("ops:s3cr:t \u00fc"), request, response);

        assertThat(user).isEqualTo("ops");
        assertThat(response.status).isEqualTo(200);
        assertThat(request.attributes).containsEntry("org.osgi.service.http.authentication.remote.user", "ops")
                .containsEntry("org.osgi.service.http.authentication.type", "BASIC");
        assertThat(provider.authorize(user, "anything")).isTrue();
    }

    @Test
    void noCredentialsGetAChallenge() {
        assertChallenged(null);
        assertThat(checked).isEmpty();
    }

    @Test
    void wrongCredentialsAndTheConsolesOldDefaultGetAChallenge() {
        assertChallenged(basic("ops:wrong"));
        assertChallenged(basic("admin:admin"));
        assertThat(checked).containsExactly("ops/wrong", "admin/admin");
    }

    @Test
    void malformedHeadersGetAChallengeWithoutAskingTheAuthenticator() {
        for (String header : new String[] {"", "Basic", "Basic !!!", "Bearer abc", basic("no-colon"), basic(":pw"),
                "Basic " + Base64.getEncoder().encodeToString(new byte[] {'a', ':', (byte) 0xff})}) {
            assertChallenged(header);
        }
        assertThat(checked).isEmpty();
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(authenticate("basic " + basic("ops:s3cr:t \u00fc").substring(6), new FakeHttp.Request(),
                new FakeHttp.Response())).isEqualTo("ops");
    }

    @Test
    void theUnauthenticatedAreNotAuthorized() {
        assertThat(provider.authorize(null, "anything")).isFalse();
    }
}
