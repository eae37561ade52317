package io.hookwire.testplugin.clientprobe;

import org.osgi.service.component.annotations.Component;

/** Server code that must never reach a browser: the tests ask for this class file through the module URL. */
@Component(service = Probe.class, immediate = true)
public final class Probe {
    /** What the server knows and the browser must not. */
    static final String SECRET = "server-side only";
}
