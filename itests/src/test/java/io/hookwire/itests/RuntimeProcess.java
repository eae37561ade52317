package io.hookwire.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The exported runtime started as a user starts it: {@code java -jar runtime.jar} in a folder of its own (its
 * {@code data/} and {@code deploy/} folders there), without a terminal, as a child process. Its console output goes
 * to {@code console.log} in that folder, appended across restarts.
 */
final class RuntimeProcess implements AutoCloseable {
    final Path dir;
    final int port;
    private Process process;

    RuntimeProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** A runtime in a fresh folder, with a free port, and the example plugins in its deploy folder. */
    static RuntimeProcess withExamples(String name) throws IOException {
        RuntimeProcess runtime = new RuntimeProcess(RuntimeUnderTest.newWorkDir(name), RuntimeUnderTest.freePort());
        for (String example : TestArtifacts.EXAMPLES) {
            TestArtifacts.deployExample(example, runtime.deploy());
        }
        return runtime;
    }

    Path deploy() {
        return dir.resolve("deploy");
    }

    Path console() {
        return dir.resolve("console.log");
    }

    /** Starts it with these extra environment variables (on top of HOOKWIRE_HTTP_PORT). */
    RuntimeProcess start(Map<String, String> environment) throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", RuntimeUnderTest.jar().toString())
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        builder.environment().remove("PLUGINS_DISABLED");
        builder.environment().put("HOOKWIRE_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    RuntimeProcess start() throws IOException {
        return start(Map.of());
    }

    Process process() {
        return process;
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it; true when it stopped within 60 s. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGKILL ({@code kill -9}): no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    String consoleText() throws IOException {
        return Files.exists(console()) ? Files.readString(console()) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
