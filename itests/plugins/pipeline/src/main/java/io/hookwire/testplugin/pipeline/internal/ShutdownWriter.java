package io.hookwire.testplugin.pipeline.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.AppInfo;

/**
 * {@code app:shutdown}: appends one line, {@code version|startedAt|reason|state of this plugin's bundle}, to the file
 * that the environment variable {@value #FILE} names (nothing without it). The state shows that the plugin still
 * ran ({@code ACTIVE}) when the hook fired.
 */
@Component
@HookName("app:shutdown")
@HookHandlerId("write-file")
public final class ShutdownWriter implements ActionHandler<AppInfo> {
    static final String FILE = "HOOKWIRE_TEST_SHUTDOWN_FILE";

    @Override
    public void handle(AppInfo app) {
        String file = System.getenv(FILE);
        if (file == null || file.isBlank()) {
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(ShutdownWriter.class);
        String state = bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : "state " + bundle.getState();
        String line = app.version() + "|" + app.startedAt() + "|" + app.reason() + "|" + state + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
