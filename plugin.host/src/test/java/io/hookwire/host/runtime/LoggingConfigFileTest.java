package io.hookwire.host.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDefaultsAndRewritesThemWhileTheyAreUntouched() throws Exception {
        Path file = dir.resolve("etc/logging.properties");
        assertThat(LoggingConfigFile.writeDefaults(file, LoggingDefaults.properties(dir, "INFO"))).isTrue();
        assertThat(Files.readString(file)).contains("log4j2.rootLogger.level = INFO")
                .contains(dir.resolve("log").toString() + "/hookwire.log");

        assertThat(LoggingConfigFile.writeDefaults(file, LoggingDefaults.properties(dir, "DEBUG"))).isTrue();
        assertThat(Files.readString(file)).contains("log4j2.rootLogger.level = DEBUG");
    }

    @Test
    void keepsAFileTheOperatorEdited() throws Exception {
        Path file = dir.resolve("logging.properties");
        LoggingConfigFile.writeDefaults(file, LoggingDefaults.properties(dir, "INFO"));
        String edited = Files.readString(file).replace("rootLogger.level = INFO", "rootLogger.level = WARN");
        Files.writeString(file, edited);

        assertThat(LoggingConfigFile.writeDefaults(file, LoggingDefaults.properties(dir, "INFO"))).isFalse();
        assertThat(Files.readString(file)).isEqualTo(edited);
    }

    @Test
    void keepsAFileWithoutTheMark() throws Exception {
        Path file = dir.resolve("logging.properties");
        Files.writeString(file, "log4j2.rootLogger.level = ERROR\n");
        assertThat(LoggingConfigFile.writeDefaults(file, Map.of("log4j2.rootLogger.level", "INFO"))).isFalse();
        assertThat(Files.readString(file)).isEqualTo("log4j2.rootLogger.level = ERROR\n");
    }

    @Test
    void theDefaultsQuietJettyAndCxf() {
        Map<String, String> p = LoggingDefaults.properties(dir, "INFO");
        assertThat(p).containsEntry("log4j2.logger.jetty.name", "org.eclipse.jetty")
                .containsEntry("log4j2.logger.jetty.level", "WARN")
                .containsEntry("log4j2.logger.cxf.level", "WARN");
    }
}
