package io.hookwire.testplugin.capabilities;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import io.hookwire.api.events.HookwireTopics;

/** Tells of a job's run on EventAdmin, under this plugin's own topic {@value #TOPIC}, with the job and its count. */
final class Runs {
    static final String PLUGIN = "test-capabilities";
    static final String TOPIC = "hookwire/plugin/test-capabilities/job/RAN";

    private Runs() {}

    static void ran(EventAdmin events, String job, long run) {
        events.postEvent(new Event(HookwireTopics.plugin(PLUGIN, "job/RAN"), Map.of("job", job, "run", run)));
    }
}
