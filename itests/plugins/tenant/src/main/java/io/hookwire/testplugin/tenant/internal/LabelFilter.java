package io.hookwire.testplugin.tenant.internal;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;

/** Marks the label, so that a caller sees whether this plugin ran. */
@Component
@HookName("test-tenant:label")
@HookHandlerId("mark")
public final class LabelFilter implements FilterHandler<String, Void> {
    /** What this handler appends. */
    static final String MARK = " [tenant plugin]";

    @Override
    public String filter(String label, Void context) {
        return label + MARK;
    }
}
