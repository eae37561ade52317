package io.hookwire.hooks.telemetry;

import java.util.List;
import java.util.Optional;

import io.hookwire.hooks.HookKind;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the registry has measured, per plugin × hook × kind, since it started. Figures outlive the handlers they
 * describe: a plugin that is updated keeps its history.
 *
 * <p>Calls, failures and timeouts are exact. Latencies are taken from every call at first, then from a sample of the
 * dispatches of busy hooks (see the registry's configuration), so percentiles are estimates and {@code max} is the
 * largest latency seen among the timed calls. Figures reach telemetry within a few milliseconds.
 */
@ProviderType
public interface HookTelemetry {
    /** Every record, sorted by plugin, hook and kind. */
    List<HookStats> all();

    /** The records of one plugin, sorted by hook and kind. */
    List<HookStats> forPlugin(String plugin);

    /** The records of one hook, sorted by plugin and kind. */
    List<HookStats> forHook(String hook);

    /** The record of one plugin × hook × kind, if anything was recorded. */
    Optional<HookStats> get(String plugin, String hook, HookKind kind);
}
