package io.hookwire.audit.internal.dlp;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.audit.internal.AuditSettings;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.HookPriority;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.ResponseBody;

/**
 * Data loss prevention on {@code http:response}: redacts card numbers and the configured patterns from every JSON
 * and text body the API writes, and leaves other bodies alone. It runs last (priority {@value #PRIORITY}), after the
 * filters that might add data.
 *
 * <p>Settings that cannot be applied (a pattern that does not compile, say) are refused: the error is logged with
 * the setting's name, and the filter keeps the last settings that worked, or, at the first start, redacts card
 * numbers only. It never stops redacting because of a typo.
 */
@Component(configurationPid = AuditSettings.PID)
@Designate(ocd = AuditSettings.class)
@HookName("http:response")
@HookPriority(DlpFilter.PRIORITY)
@HookHandlerId("dlp")
public final class DlpFilter implements FilterHandler<ResponseBody, HttpExchange> {
    static final int PRIORITY = 1000;
    /** What runs until settings that work are given: card numbers, no further patterns. */
    static final Redactor FALLBACK = new Redactor(true, java.util.List.of(), AuditSettings.DEFAULT_REPLACEMENT);

    private final Logger log;
    private volatile boolean enabled = true;
    private volatile Redactor redactor = FALLBACK;

    @Activate
    public DlpFilter(AuditSettings settings, @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        configure(settings);
    }

    @Modified
    void configure(AuditSettings settings) {
        try {
            redactor = DlpConfig.redactor(settings.dlp_cards(), settings.dlp_patterns(), settings.dlp_replacement(),
                    AuditSettings.DEFAULT_REPLACEMENT);
            enabled = settings.dlp_enabled();
        } catch (InvalidSettingException e) {
            enabled = true;
            log.error("Refusing the DLP settings of {} ({}); still redacting with the previous settings",
                    AuditSettings.PID, e.getMessage(), e);
        }
    }

    @Override
    public ResponseBody filter(ResponseBody body, HttpExchange exchange) {
        if (!enabled) {
            return body;
        }
        String text = body.text();
        String redacted = redactor.redactBody(body.mediaType(), text);
        return redacted == text ? body : body.withText(redacted);
    }
}
