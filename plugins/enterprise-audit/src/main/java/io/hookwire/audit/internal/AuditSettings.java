package io.hookwire.audit.internal;

import io.hookwire.audit.internal.dlp.DlpConfig;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin's settings, in ConfigAdmin under {@value #PID}: the Web Console shows them as a form, and
 * {@code GET/PUT /api/v1/admin/plugins/enterprise-audit/settings} reads and writes them. The DLP filter and the
 * retention job both read this configuration.
 */
@ObjectClassDefinition(id = AuditSettings.PID, name = "Enterprise Audit",
        description = "Redaction of sensitive data in API responses, and how long audit events are kept.")
public @interface AuditSettings {
    String PID = "io.hookwire.audit";

    /** What replaces redacted text unless an operator says otherwise. */
    String DEFAULT_REPLACEMENT = "[REDACTED]";

    @AttributeDefinition(name = "Redact responses",
            description = "Whether the DLP filter redacts card numbers and the patterns below from JSON and text"
                    + " responses of /api/v1.")
    boolean dlp_enabled() default true;

    @AttributeDefinition(name = "Redact card numbers",
            description = "Redact payment card numbers: 13 to 19 digits, optionally grouped with single spaces or"
                    + " dashes, starting with 2 to 6, that pass the Luhn check.")
    boolean dlp_cards() default true;

    @AttributeDefinition(name = "Further patterns", cardinality = DlpConfig.MAX_PATTERNS,
            description = "Java regular expressions; whatever they match is redacted too, for example"
                    + " \\b\\d{3}-\\d{2}-\\d{4}\\b for US social security numbers. A pattern that does not"
                    + " compile, or that matches the empty text, is refused.")
    String[] dlp_patterns() default {};

    @AttributeDefinition(name = "Replacement",
            description = "The text that replaces what is redacted (at most 100 characters).")
    String dlp_replacement() default DEFAULT_REPLACEMENT;

    @AttributeDefinition(name = "Keep events (days)", min = "1", max = "36500",
            description = "The daily retention job deletes audit events older than this.")
    int retention_days() default 365;
}
