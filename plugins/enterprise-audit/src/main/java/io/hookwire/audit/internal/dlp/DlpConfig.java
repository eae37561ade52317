package io.hookwire.audit.internal.dlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the DLP settings into a {@link Redactor}, or refuses them with an {@link InvalidSettingException} that names
 * the setting and says what is wrong. Metatype checks types and ranges; what only this plugin can check (that a
 * pattern compiles, and that it does not match the empty text, which would put the replacement between every two
 * characters) is checked here.
 */
public final class DlpConfig {
    /** The most patterns an operator may configure. */
    public static final int MAX_PATTERNS = 50;
    /** The longest pattern, in characters. */
    public static final int MAX_PATTERN_LENGTH = 1000;
    /** The longest replacement text, in characters. */
    public static final int MAX_REPLACEMENT_LENGTH = 100;

    static final String PATTERNS = "dlp.patterns";
    static final String REPLACEMENT = "dlp.replacement";

    private static final List<String> EMPTY_MATCH_PROBES = List.of("", "a", "Aa 09_-./@\"\n\u00e9");

    private DlpConfig() {}

    /**
     * @param cards whether card numbers are redacted
     * @param patterns the patterns; {@code null} and blank entries are ignored (an empty form field)
     * @param replacement the replacement text; {@code null} for the default
     * @param defaultReplacement what {@code null} stands for
     * @throws InvalidSettingException naming {@code dlp.patterns} or {@code dlp.replacement}
     */
    public static Redactor redactor(boolean cards, String[] patterns, String replacement, String defaultReplacement) {
        return new Redactor(cards, compile(patterns), checkReplacement(replacement, defaultReplacement));
    }

    static List<Pattern> compile(String[] patterns) {
        List<Pattern> compiled = new ArrayList<>();
        if (patterns == null) {
            return compiled;
        }
        for (int i = 0; i < patterns.length; i++) {
            String source = patterns[i];
            if (source == null || source.isBlank()) {
                continue;
            }
            String which = "pattern #" + (i + 1) + " '" + abbreviate(source) + "'";
            if (source.length() > MAX_PATTERN_LENGTH) {
                throw new InvalidSettingException(PATTERNS, which + " is " + source.length()
                        + " characters long; at most " + MAX_PATTERN_LENGTH + " are allowed", null);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(source);
            } catch (PatternSyntaxException e) {
                throw new InvalidSettingException(PATTERNS, which + " is not a valid regular expression: "
                        + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), e);
            }
            if (matchesEmptyText(pattern)) {
                throw new InvalidSettingException(PATTERNS, which + " matches the empty text, so it would redact"
                        + " nothing and insert the replacement everywhere; make it match at least one character"
                        + " (for example '+' instead of '*')", null);
            }
            compiled.add(pattern);
        }
        if (compiled.size() > MAX_PATTERNS) {
            throw new InvalidSettingException(PATTERNS, compiled.size() + " patterns are configured; at most "
                    + MAX_PATTERNS + " are allowed", null);
        }
        return compiled;
    }

    /** Probes for a match of no characters: in an empty text, and between the characters of a varied one. */
    private static boolean matchesEmptyText(Pattern pattern) {
        for (String probe : EMPTY_MATCH_PROBES) {
            Matcher m = pattern.matcher(probe);
            while (m.find()) {
                if (m.start() == m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String checkReplacement(String replacement, String defaultReplacement) {
        String text = replacement == null ? defaultReplacement : replacement;
        if (text.length() > MAX_REPLACEMENT_LENGTH) {
            throw new InvalidSettingException(REPLACEMENT, "the replacement is " + text.length()
                    + " characters long; at most " + MAX_REPLACEMENT_LENGTH + " are allowed", null);
        }
        return text;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
