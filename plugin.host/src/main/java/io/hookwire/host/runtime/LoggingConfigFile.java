package io.hookwire.host.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The logging configuration file, {@code <data>/etc/logging.properties}, in Pax Logging's format (Log4j 2
 * properties). The runtime writes it from {@link LoggingDefaults} at every start, unless an operator has edited it:
 * its first line carries a digest of the rest, and a file whose content no longer matches is the operator's and is
 * left alone.
 */
final class LoggingConfigFile {
    private static final String MARK = "# hookwire-defaults sha256=";

    private LoggingConfigFile() {}

    /**
     * Writes the defaults unless the operator owns the file.
     *
     * @return whether the file holds the defaults now (false: the operator's version was kept)
     */
    static boolean writeDefaults(Path file, Map<String, String> properties) {
        try {
            if (Files.exists(file) && !ours(Files.readAllLines(file, StandardCharsets.UTF_8))) {
                return false;
            }
            StringBuilder body = new StringBuilder();
            body.append("# Hookwire logging (Pax Logging, Log4j 2 properties format). Written at every start from the\n")
                    .append("# settings (hookwire.log.level, hookwire.data); edit it and it becomes yours: it is no longer\n")
                    .append("# rewritten. Delete it to get the defaults back.\n");
            properties.forEach((k, v) -> body.append(k).append(" = ").append(v.replace("\\", "\\\\")).append('\n'));
            Files.createDirectories(file.getParent());
            Files.writeString(file, MARK + digest(body.toString()) + "\n" + body, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the logging configuration " + file, e);
        }
    }

    private static boolean ours(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith(MARK)) {
            return false;
        }
        String rest = String.join("\n", lines.subList(1, lines.size())) + "\n";
        return lines.get(0).substring(MARK.length()).equals(digest(rest));
    }

    static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
