package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import io.hookwire.greeter.GreeterHooks;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookConstants;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Time budgets in the real runtime: a budget set through ConfigAdmin (as an operator would, in the Web Console)
 * holds a handler that blocks; the request goes on without its change, and the timeout reaches EventAdmin, where
 * the breaker of a later issue listens.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BudgetIT extends RuntimeTestSupport {
    private static final String PID = "io.hookwire.hooks.registry";

    /** Its classes use the greeter's hook keys and payloads: see {@link PaxExamRuntime#withExamplesProvisioned()}. */
    @Override
    @Configuration
    public Option[] config() throws Exception {
        return PaxExamRuntime.withExamplesProvisioned();
    }

    @Inject
    private Hooks hooks;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private MetaTypeService metaType;

    @Test
    public void theRegistrySettingsHaveAMetatypeForm() {
        ObjectClassDefinition form = metaType.getMetaTypeInformation(bundle("io.hookwire.hooks.impl")).getObjectClassDefinition(PID, null);
        assertThat(form.getName()).isEqualTo("Hookwire hook registry");
        assertThat(List.of(form.getAttributeDefinitions(ObjectClassDefinition.ALL)))
                .extracting(a -> a.getID())
                .contains("default.budget.ms", "hook.budgets", "telemetry.sample.every", "watchdog.tick.ms");
    }

    @Test
    public void aBlockingHandlerIsInterruptedAtItsBudgetAndTheTimeoutIsPosted() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC,
                HookConstants.TOPIC_TIMED_OUT));
        var listener = context.registerService(EventHandler.class, events::add, topics);
        var config = configAdmin.getConfiguration(PID, "?");
        config.update(new Hashtable<>(Map.of("hook.budgets", new String[] {"greeter:message=300"})));
        CountDownLatch interrupted = new CountDownLatch(1);
        try (HookRegistration stuck = hooks.registerFilter(GreeterHooks.MESSAGE, 50, "stuck", (text, request) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        })) {
            // the new budget reaches the registry asynchronously: keep asking until a request is cut short
            Http.Answer answer = null;
            for (int i = 0; i < 20 && interrupted.getCount() > 0; i++) {
                answer = http.get("/api/v1/greeter/greet?name=Sam");
            }
            assertThat(interrupted.await(30, TimeUnit.SECONDS)).as("the handler was interrupted").isTrue();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("message").asText())
                    .isEqualTo("Hello, Sam! Welcome to Hookwire. (sent by the User Greeter plugin)");

            Event timeout = events.poll(30, TimeUnit.SECONDS);
            assertThat(timeout).isNotNull();
            assertThat(timeout.getProperty(HookConstants.EVENT_HANDLER)).isEqualTo("stuck");
            assertThat(timeout.getProperty(HookConstants.EVENT_HOOK)).isEqualTo("greeter:message");
            assertThat(timeout.getProperty(HookConstants.EVENT_KIND)).isEqualTo("filter");
            assertThat(hooks.handlers(GreeterHooks.MESSAGE)).filteredOn(h -> h.id().equals("stuck"))
                    .extracting(HandlerInfo::isolated).containsExactly(true);
        } finally {
            listener.unregister();
            config.delete();
        }
    }
}
