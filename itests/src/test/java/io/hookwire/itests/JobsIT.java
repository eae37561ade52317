package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import io.hookwire.api.events.HookwireTopics;
import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobConstants;

/**
 * Jobs in the real runtime: the capabilities test plugin's whiteboard job and its job scheduled through the
 * {@code Scheduler} run every second (each run is an event on the plugin's own topic, which this test listens to),
 * and the admin API lists them; a stopped plugin's jobs stop; a job that always fails is attributed to its plugin
 * (log, EventAdmin, breaker) and gets it quarantined.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JobsIT extends RuntimeTestSupport {
    private static final String PLUGIN = "test-capabilities";
    private static final String FAILING_PID = "io.hookwire.testplugin.capabilities.failing";
    private static final int FAILURES = 3;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private CommandProcessor gogo;

    private final Map<String, AtomicLong> runs = new ConcurrentHashMap<>();
    private final List<Event> failures = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> listener;

    @Before
    public void setUp() throws Exception {
        configAdmin.getConfiguration("io.hookwire.host.plugins", "?").update(new Hashtable<>(
                Map.of("quarantine.failures", FAILURES, "quarantine.window.seconds", 600)));
        listener = context.registerService(EventHandler.class, event -> {
            if (event.getTopic().equals(HookwireTopics.JOB_FAILED)) {
                failures.add(event);
            } else {
                runs.computeIfAbsent((String) event.getProperty("job"), j -> new AtomicLong()).incrementAndGet();
            }
        }, new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, new String[] {
            HookwireTopics.PLUGIN_PREFIX + PLUGIN + "/*", HookwireTopics.JOB_FAILED})));
        if (!Files.exists(deploy.resolve(TestArtifacts.plugin("capabilities").getFileName()))) {
            TestArtifacts.deploy("capabilities", deploy);
        }
        http.await("/api/v1/test-capabilities/jobs", 200, 60);
        admin.awaitState(PLUGIN, "ACTIVE", 10);
    }

    @After
    public void tearDown() {
        listener.unregister();
    }

    private long runsOf(String job) {
        return runs.getOrDefault(job, new AtomicLong()).get();
    }

    private static void await(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    private List<JsonNode> adminJobs() throws Exception {
        Http.Answer answer = admin.get("jobs?plugin=" + PLUGIN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return toList(answer.json());
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    @Test
    public void theWhiteboardJobAndTheSchedulerJobRunAndAreListed() throws Exception {
        await(() -> runsOf("counter") >= 2 && runsOf("api-ticker") >= 2, 30, "two runs of each job");

        List<JsonNode> jobs = adminJobs();
        assertThat(jobs).extracting(j -> j.get("name").asText()).containsExactly("api-ticker", "counter");
        for (JsonNode job : jobs) {
            assertThat(job.get("plugin").asText()).isEqualTo(PLUGIN);
            assertThat(job.get("schedule").asText()).isEqualTo("PT1S");
            assertThat(job.get("runs").asLong()).isPositive();
            assertThat(job.get("failures").asLong()).isZero();
        }
        JsonNode own = http.get("/api/v1/test-capabilities/jobs").json();
        assertThat(own.get("counterRuns").asLong()).isPositive();
        assertThat(toList(own.get("jobs"))).as("the plugin's Scheduler sees its own jobs")
                .extracting(j -> j.get("name").asText()).containsExactly("api-ticker", "counter");
        assertThat(http.get("/api/v1/admin/jobs").status()).as("admin only").isEqualTo(401);
        assertThat(gogo("hookwire:jobs")).contains("PLUGIN", "test-capabilities", "counter", "api-ticker", "PT1S");
    }

    @Test
    public void aMalformedJobServiceIsIgnoredAndLoggedAndTheOthersRunOn() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        ServiceRegistration<Job> malformed = context.registerService(Job.class, c -> {},
                new Hashtable<>(Map.of(JobConstants.JOB_NAME, "no-schedule")));
        ServiceRegistration<Job> good = context.registerService(Job.class, c -> ran.countDown(),
                new Hashtable<>(Map.of(JobConstants.JOB_NAME, "probe-job", JobConstants.JOB_INTERVAL, "PT1S")));
        try {
            assertThat(ran.await(30, TimeUnit.SECONDS)).as("the good one runs").isTrue();
            String probe = context.getBundle().getSymbolicName();
            List<JsonNode> jobs = toList(admin.get("jobs?plugin=" + probe).json());
            assertThat(jobs).extracting(j -> j.get("name").asText()).containsExactly("probe-job");
            Object id = malformed.getReference().getProperty("service.id");
            assertThat(Files.readString(Path.of(context.getProperty("hookwire.data")).resolve("log/hookwire.log")))
                    .contains("Ignoring job service " + id + " (plugin '" + probe + "'): job 'no-schedule' needs"
                            + " exactly one of hookwire.job.cron (@JobCron) and hookwire.job.interval");
        } finally {
            malformed.unregister();
            good.unregister();
        }
        assertThat(toList(admin.get("jobs").json())).as("unregistered: gone")
                .noneMatch(j -> j.get("name").asText().equals("probe-job"));
    }

    private String gogo(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = gogo.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            if (result != null) {
                print.println(session.format(result, 0));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void aStoppedPluginsJobsNoLongerRun() throws Exception {
        await(() -> runsOf("counter") >= 1 && runsOf("api-ticker") >= 1, 30, "a run of each job");
        assertThat(admin.post("plugins/" + PLUGIN + "/disable", null).status()).isEqualTo(200);
        admin.awaitPlugin(PLUGIN, p -> !"ACTIVE".equals(p.get("state").asText()), 30, "stopped");
        Bundle bundle = bundle("io.hookwire.test-plugin-capabilities");
        await(() -> bundle.getState() == Bundle.RESOLVED, 30, "the bundle stopping");
        try {
            assertThat(adminJobs()).as("its jobs are gone").isEmpty();
            long counter = runsOf("counter");
            long ticker = runsOf("api-ticker");
            Thread.sleep(3_000); // three intervals: a job that still ran would have run here
            assertThat(runsOf("counter")).isEqualTo(counter);
            assertThat(runsOf("api-ticker")).isEqualTo(ticker);
        } finally {
            assertThat(admin.post("plugins/" + PLUGIN + "/enable", null).status()).isEqualTo(200);
        }
        admin.awaitState(PLUGIN, "ACTIVE", 30);
        long again = runsOf("counter");
        await(() -> runsOf("counter") > again, 30, "the job running again once the plugin is enabled");
    }

    @Test
    public void aFailingJobIsAttributedToItsPluginAndQuarantinesIt() throws Exception {
        Configuration failing = configAdmin.getConfiguration(FAILING_PID, "?");
        failing.update(new Hashtable<>(Map.of("reason", "JobsIT")));
        try {
            JsonNode quarantined = admin.awaitState(PLUGIN, "QUARANTINED", 60);
            assertThat(quarantined.get("reason").asText())
                    .contains("quarantined after " + FAILURES + " failures", FAILURES + " job failures",
                            "job failing on purpose", "always-fails");
            assertThat(failures).as("each failure was posted to EventAdmin").hasSizeGreaterThanOrEqualTo(FAILURES);
            Event first = failures.get(0);
            assertThat(first.getProperty(HookwireTopics.PLUGIN)).isEqualTo(PLUGIN);
            assertThat(first.getProperty(HookwireTopics.JOB)).isEqualTo("always-fails");
            assertThat(first.getProperty(HookwireTopics.ERROR_TYPE)).isEqualTo("java.lang.IllegalStateException");
            assertThat(first.getProperty(HookwireTopics.ERROR_MESSAGE)).isEqualTo("job failing on purpose");
            assertThat(admin.get("audit").body()).contains("plugin.quarantined");
            await(() -> bundle("io.hookwire.test-plugin-capabilities").getState() == Bundle.RESOLVED, 30,
                    "the quarantined bundle stopping");
            assertThat(adminJobs()).as("a quarantined plugin's jobs are gone").isEmpty();
            assertThat(Files.readString(Path.of(context.getProperty("hookwire.data"))
                    .resolve("log/hookwire.log"))).as("logged with its stack trace")
                    .contains("Job 'always-fails' of plugin 'test-capabilities' failed")
                    .contains("at io.hookwire.testplugin.capabilities.FailingJob.run");
        } finally {
            failing.delete();
            admin.post("plugins/" + PLUGIN + "/reset", null);
        }
        admin.awaitState(PLUGIN, "ACTIVE", 60);
        await(() -> {
            try {
                return adminJobs().stream().noneMatch(j -> j.get("name").asText().equals("always-fails"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 30, "the failing job gone with its configuration");
    }
}
