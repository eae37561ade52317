package io.hookwire.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options that boot the exported runtime's bundles, start levels and framework properties, with a data
 * folder and an HTTP port of the test's own.
 */
final class PaxExamRuntime {
    /** The framework property the tests read the HTTP port from. */
    static final String PORT = "org.osgi.service.http.port";
    /** The framework property the tests read the deploy folder from. */
    static final String DEPLOY = "hookwire.deploy";
    /** The administrator of every test runtime, and the password it is given. */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "itest-admin-secret";
    /** The start level at which the host opens the deploy folder (DeployFolderInstaller.DEPLOY_LEVEL). */
    static final int DEPLOY_LEVEL = 30;

    private PaxExamRuntime() {}

    /** The runtime as {@code ./run} starts it: the example plugins in its deploy folder. */
    static Option[] options() throws IOException {
        return options(TestArtifacts.EXAMPLES, List.of());
    }

    /**
     * The runtime with the example plugins installed as framework bundles before the test probe, and an empty
     * deploy folder. For tests whose classes use a plugin's types (its hook keys, its payloads): the test probe
     * resolves against the plugin at once, where a plugin that arrives later through the deploy folder would leave
     * those classes unloadable in the probe for good. The host manages these plugins as any other.
     */
    static Option[] withExamplesProvisioned() throws IOException {
        return options(List.of(), TestArtifacts.EXAMPLES);
    }

    /**
     * The runtime with these example plugins in its deploy folder (a fresh one, under {@code target/itest}) before
     * it starts, and those installed as framework bundles (not started: the host starts them).
     */
    private static Option[] options(List<String> deployed, List<String> provisioned) throws IOException {
        RuntimeUnderTest runtime = RuntimeUnderTest.load();
        Path work = RuntimeUnderTest.newWorkDir("paxexam");
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        for (String example : deployed) {
            TestArtifacts.deployExample(example, deploy);
        }
        List<Option> options = new ArrayList<>();
        for (String example : provisioned) {
            options.add(bundle(TestArtifacts.example(example).toUri().toString())
                    .startLevel(runtime.beginningStartLevel).noStart());
        }
        for (Map.Entry<String, String> p : runtime.frameworkProperties.entrySet()) {
            if (!p.getKey().equals("org.osgi.framework.storage")) {
                options.add(frameworkProperty(p.getKey()).value(p.getValue()));
            }
        }
        options.add(frameworkProperty("hookwire.data").value(work.resolve("data").toString()));
        options.add(frameworkProperty(DEPLOY).value(deploy.toString()));
        options.add(frameworkProperty("hookwire.admin.user").value(ADMIN));
        options.add(frameworkProperty("hookwire.admin.password").value(ADMIN_PASSWORD));
        options.add(frameworkProperty(PORT).value(Integer.toString(RuntimeUnderTest.freePort())));
        options.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
        options.add(frameworkProperty("gosh.args").value("--nointeractive"));
        // a failing start must fail the test, not exit the JVM that runs it
        options.add(frameworkProperty("hookwire.exit.on.startup.failure").value("false"));
        for (RuntimeUnderTest.RunBundle b : runtime.bundles) {
            options.add(bundle(b.file().toUri().toString()).startLevel(b.startLevel()).start());
        }
        // what the launcher does for the bundles it does not list (see cnf/runtime.bnd): Felix's own setting
        options.add(frameworkProperty("felix.startlevel.bundle").value(Integer.toString(runtime.defaultStartLevel)));
        options.add(frameworkStartLevel(runtime.beginningStartLevel));
        options.add(junitBundles());
        options.add(mavenBundle("org.assertj", "assertj-core", System.getProperty("hookwire.assertj.version")));
        options.add(mavenBundle("net.bytebuddy", "byte-buddy", System.getProperty("hookwire.bytebuddy.version")));
        options.add(workingDirectory(work.resolve("exam").toString()));
        options.add(cleanCaches(true));
        options.add(systemTimeout(120_000));
        return options.toArray(Option[]::new);
    }
}
