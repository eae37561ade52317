package io.hookwire.audit.internal;

import java.lang.annotation.Annotation;

/** Settings as ConfigAdmin would hand them to a component. */
public record TestSettings(boolean dlpEnabled, boolean dlpCards, String[] dlpPatterns, String dlpReplacement,
        int retentionDays) {

    public static TestSettings defaults() {
        return new TestSettings(true, true, new String[0], AuditSettings.DEFAULT_REPLACEMENT, 365);
    }

    public TestSettings patterns(String... patterns) {
        return new TestSettings(dlpEnabled, dlpCards, patterns, dlpReplacement, retentionDays);
    }

    public TestSettings enabled(boolean enabled) {
        return new TestSettings(enabled, dlpCards, dlpPatterns, dlpReplacement, retentionDays);
    }

    public TestSettings days(int days) {
        return new TestSettings(dlpEnabled, dlpCards, dlpPatterns, dlpReplacement, days);
    }

    public AuditSettings get() {
        TestSettings s = this;
        return new AuditSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuditSettings.class;
            }

            @Override
            public boolean dlp_enabled() {
                return s.dlpEnabled;
            }

            @Override
            public boolean dlp_cards() {
                return s.dlpCards;
            }

            @Override
            public String[] dlp_patterns() {
                return s.dlpPatterns;
            }

            @Override
            public String dlp_replacement() {
                return s.dlpReplacement;
            }

            @Override
            public int retention_days() {
                return s.retentionDays;
            }
        };
    }
}
