package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.greeter.Greeting;
import io.hookwire.greeter.GreeterHooks;
import io.hookwire.greeter.GreetingRequest;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookConstants;
import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookErrorListener;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.telemetry.HookTelemetry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The real runtime, booted by Pax Exam from the exported runtime's own bundles: the example plugin's handlers are
 * registered in order, a dispatch reaches them, and the HTTP endpoints answer over real HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeIT extends RuntimeTestSupport {
    /** Its classes use the greeter's hook keys and payloads: see {@link PaxExamRuntime#withExamplesProvisioned()}. */
    @Override
    @Configuration
    public Option[] config() throws Exception {
        return PaxExamRuntime.withExamplesProvisioned();
    }

    @Inject
    private Hooks hooks;

    @Inject
    private HookTelemetry telemetry;

    @Test
    public void theGreetersHandlersAreListedInRunOrder() {
        List<HandlerInfo> filters = hooks.handlers(GreeterHooks.MESSAGE);
        assertThat(filters).extracting(HandlerInfo::id).containsExactly("welcome", "signature");
        assertThat(filters).extracting(HandlerInfo::priority).containsExactly(5, 90);
        assertThat(filters).extracting(HandlerInfo::plugin).containsOnly("user-greeter");
        assertThat(hooks.handlers(GreeterHooks.GREETED)).extracting(HandlerInfo::id).containsExactly("counter");
        assertThat(hooks.hasHandlers(GreeterHooks.GREETED)).isTrue();
    }

    @Test
    public void aDispatchReachesTheWhiteboardHandlers() throws Exception {
        String message = hooks.applyFilters(GreeterHooks.MESSAGE, "Hi, Lin!", new GreetingRequest("Lin"));
        assertThat(message).isEqualTo("Hi, Lin! Welcome to Hookwire. (sent by the User Greeter plugin)");

        hooks.dispatch(GreeterHooks.GREETED, new Greeting("Lin", message, java.time.Instant.now()));
        hooks.dispatch(GreeterHooks.GREETED, new Greeting("Lin", message, java.time.Instant.now()));
        // the counter saw both dispatches; the request makes the third greeting
        assertThat(http.get("/api/v1/greeter/greet?name=Lin").json().get("greetings").asLong()).isEqualTo(3);
    }

    @Test
    public void aHandlerRegisteredAtRunTimeRunsInPriorityOrderUntilClosed() throws Exception {
        try (HookRegistration shout = hooks.registerFilter(GreeterHooks.MESSAGE, 50, "shout",
                (text, request) -> text.toUpperCase())) {
            assertThat(hooks.handlers(GreeterHooks.MESSAGE)).extracting(HandlerInfo::id)
                    .containsExactly("welcome", "shout", "signature");
            assertThat(shout.handler().plugin()).isNotEqualTo("user-greeter"); // attributed to the test's bundle
            assertThat(http.get("/api/v1/greeter/greet?name=Kai").json().get("message").asText())
                    .isEqualTo("HELLO, KAI! WELCOME TO HOOKWIRE. (sent by the User Greeter plugin)");
        }
        assertThat(hooks.handlers(GreeterHooks.MESSAGE)).extracting(HandlerInfo::id)
                .containsExactly("welcome", "signature");
    }

    @Test
    public void aFailingHandlerIsContainedReportedAndCounted() throws Exception {
        BlockingQueue<HookError> errors = new LinkedBlockingQueue<>();
        var listener = context.registerService(HookErrorListener.class, errors::add, null);
        try (HookRegistration broken = hooks.registerFilter(GreeterHooks.MESSAGE, 20, "broken", (text, request) -> {
            throw new IllegalStateException("broken on purpose");
        })) {
            Http.Answer answer = http.get("/api/v1/greeter/greet?name=Ola");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("message").asText())
                    .isEqualTo("Hello, Ola! Welcome to Hookwire. (sent by the User Greeter plugin)");

            HookError error = errors.poll(10, TimeUnit.SECONDS);
            assertThat(error).isNotNull();
            assertThat(error.handlerId()).isEqualTo("broken");
            assertThat(error.hook()).isEqualTo("greeter:message");
            assertThat(error.kind()).isEqualTo(HookKind.FILTER);
            assertThat(error.error()).isInstanceOf(IllegalStateException.class).hasMessage("broken on purpose");
            assertThat(telemetry.get(broken.handler().plugin(), "greeter:message", HookKind.FILTER))
                    .hasValueSatisfying(stats -> {
                        assertThat(stats.failures()).isEqualTo(1);
                        assertThat(stats.lastError().message()).isEqualTo("broken on purpose");
                    });
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void aMalformedHandlerServiceIsIgnoredAndLoggedWithoutDisturbingTheOthers() throws Exception {
        FilterHandler<String, GreetingRequest> neverCalled = (text, request) -> "should never run";
        var noName = context.registerService(FilterHandler.class, neverCalled, null);
        var badPriority = context.registerService(FilterHandler.class, neverCalled, new Hashtable<>(
                Map.of(HookConstants.HOOK_NAME, "greeter:message", HookConstants.HOOK_PRIORITY, "soon")));
        try {
            assertThat(hooks.handlers(GreeterHooks.MESSAGE)).extracting(HandlerInfo::id)
                    .containsExactly("welcome", "signature");
            assertThat(http.get("/api/v1/greeter/greet?name=Eve").json().get("message").asText())
                    .isEqualTo("Hello, Eve! Welcome to Hookwire. (sent by the User Greeter plugin)");
            String log = Files.readString(Path.of(context.getProperty("hookwire.data"), "log", "hookwire.log"));
            assertThat(log).contains("Ignoring service " + noName.getReference().getProperty("service.id")
                    + " (filter handler of bundle", "it has no 'hook.name' property");
            assertThat(log).contains("Ignoring service " + badPriority.getReference().getProperty("service.id"),
                    "'hook.priority' property must be an integer, not String 'soon'");
        } finally {
            noName.unregister();
            badPriority.unregister();
        }
    }

    @Test
    public void healthAnswersOverHttp() throws Exception {
        Http.Answer answer = http.get("/api/v1/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("status").asText()).isEqualTo("UP");
        for (String example : TestArtifacts.EXAMPLES) {
            admin.awaitState(example, "ACTIVE", 60);
        }
        assertThat(http.get("/api/v1/health").json().get("activePlugins").asInt())
                .isEqualTo(TestArtifacts.EXAMPLES.size());
        assertThat(answer.json().get("uptimeMillis").asLong()).isPositive();
    }

    @Test
    public void theGreeterAnswersWithTheFilteredMessage() throws Exception {
        Http.Answer answer = http.get("/api/v1/greeter/greet?name=Ada");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("name").asText()).isEqualTo("Ada");
        assertThat(answer.json().get("message").asText())
                .isEqualTo("Hello, Ada! Welcome to Hookwire. (sent by the User Greeter plugin)");
    }

    @Test
    public void aMissingOrBlankNameIsA400WithAJsonError() throws Exception {
        for (String path : List.of("/api/v1/greeter/greet", "/api/v1/greeter/greet?name=", "/api/v1/greeter/greet?name=%20%20")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/json");
            assertThat(answer.json().get("error").asText()).isEqualTo("invalid_argument");
            assertThat(answer.json().get("message").asText()).contains("name");
            assertThat(answer.json().get("details").get("field").asText()).isEqualTo("name");
        }
    }

    @Test
    public void anUnknownPathIsA404WithAJsonError() throws Exception {
        Http.Answer answer = http.get("/api/v1/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    public void theHooksEndpointListsHandlersInRunOrderWithTelemetry() throws Exception {
        http.get("/api/v1/greeter/greet?name=Bo");
        JsonNode message = null;
        assertThat(http.get("/api/v1/hooks").status()).as("it shows handlers' errors: admins only").isEqualTo(401);
        Http.Answer listing = http.get("/api/v1/hooks", "Authorization",
                Http.basic(PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD));
        for (JsonNode hook : listing.json().get("hooks")) {
            if (hook.get("name").asText().equals("greeter:message")) {
                message = hook;
            }
        }
        assertThat(message).isNotNull();
        assertThat(message.get("kind").asText()).isEqualTo("filter");
        List<String> ids = new ArrayList<>();
        message.get("handlers").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).containsExactly("welcome", "signature");
        JsonNode stats = message.get("telemetry").get(0);
        assertThat(stats.get("plugin").asText()).isEqualTo("user-greeter");
        assertThat(stats.get("calls").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stats.get("failures").asLong()).isZero();
    }

    /** As an operator would in the Web Console's bundle list or the shell: the host leaves the plugin stopped. */
    @Test
    public void stoppingAPluginRemovesItsHandlersAndStartingItBringsThemBack() throws Exception {
        org.osgi.framework.Bundle greeter = bundle("io.hookwire.user-greeter");
        greeter.stop();
        try {
            assertThat(hooks.hasHandlers(GreeterHooks.MESSAGE)).isFalse();
            assertThat(hooks.hasHandlers(GreeterHooks.GREETED)).isFalse();
            assertThat(http.get("/api/v1/greeter/greet?name=Ann").status()).isEqualTo(404);
            JsonNode stopped = admin.awaitPlugin("user-greeter",
                    p -> p.get("reason").asText().contains("stopped outside the host"), 30, "the stop noticed");
            assertThat(stopped.get("state").asText()).isEqualTo("ENABLED");
            assertThat(greeter.getState()).as("the host did not start it again")
                    .isEqualTo(org.osgi.framework.Bundle.RESOLVED);
        } finally {
            greeter.start();
        }
        assertThat(hooks.handlers(GreeterHooks.MESSAGE)).extracting(HandlerInfo::id)
                .containsExactly("welcome", "signature");
        http.await("/api/v1/greeter/greet?name=Ann", 200, 30);
        admin.awaitState("user-greeter", "ACTIVE", 30);
    }
}
