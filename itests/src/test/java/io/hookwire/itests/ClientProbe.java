package io.hookwire.itests;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.Bundle;

/**
 * Helpers of {@link ClientPluginsIT}: the client-probe test plugin's module URLs, a changed copy of its jar (for an
 * update in place), Gogo, and a reader of the server-sent event stream over a plain HttpURLConnection.
 */
final class ClientProbe {
    static final String ID = "client-probe";
    static final String BSN = "io.hookwire.test-plugin-client-probe";

    private ClientProbe() {}

    /** The version token the host must put into the module URLs: bundle version '-' last modified in base 36. */
    static String token(Bundle bundle) {
        return bundle.getVersion() + "-" + Long.toString(bundle.getLastModified(), 36);
    }

    /**
     * The client-probe jar with one more file in its client folder ({@code client/changed.txt}): different bytes,
     * the same bundle version, so deploying it under the same file name is an update in place.
     */
    static Path changedCopy(Path folder) throws IOException {
        Path copy = Files.createTempFile(folder, "client-probe-changed-", ".jar");
        try (JarFile jar = new JarFile(TestArtifacts.plugin(ID).toFile());
                OutputStream file = Files.newOutputStream(copy);
                JarOutputStream out = new JarOutputStream(file, jar.getManifest())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("client/changed.txt"));
            out.write("changed in place\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return copy;
    }

    /** Runs a Gogo command and returns what it printed. */
    static String gogo(CommandProcessor processor, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            if (result != null) {
                print.println(session.format(result, 0));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An open event stream: its first lines are read as they come, each read bounded by the socket's timeout. */
    static final class Events implements AutoCloseable {
        private final HttpURLConnection connection;
        private final BufferedReader reader;
        final int status;
        final String contentType;
        final List<String> seen = new ArrayList<>();

        Events(int port, int readTimeoutMillis) throws IOException {
            connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                    + "/api/v1/client-plugins/events").toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(readTimeoutMillis);
            connection.setRequestProperty("Accept", "text/event-stream");
            status = connection.getResponseCode();
            contentType = connection.getContentType();
            reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        }

        /** The next line (a read that times out fails the test with what was seen). */
        String line() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                throw new AssertionError("the event stream ended; seen: " + seen);
            }
            seen.add(line);
            return line;
        }

        /** Whether the server ends the stream before {@code maxLines} more lines (each read bounded by the timeout). */
        boolean endsWithin(int maxLines) throws IOException {
            for (int i = 0; i < maxLines; i++) {
                String line = reader.readLine();
                if (line == null) {
                    return true;
                }
                seen.add(line);
            }
            return false;
        }

        /** Reads until a line contains {@code text}, at most {@code maxLines} lines; returns that line. */
        String until(String text, int maxLines) throws IOException {
            for (int i = 0; i < maxLines; i++) {
                String line = line();
                if (line.contains(text)) {
                    return line;
                }
            }
            throw new AssertionError("no line with " + text + " in " + maxLines + " lines: " + seen);
        }

        @Override
        public void close() {
            connection.disconnect();
        }
    }
}
