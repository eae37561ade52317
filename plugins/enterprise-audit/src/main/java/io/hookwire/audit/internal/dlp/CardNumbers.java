package io.hookwire.audit.internal.dlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds payment card numbers in text: 13 to 19 digits, written together or in groups separated by single spaces or
 * dashes ({@code 4111 1111 1111 1111}, {@code 4111-1111-1111-1111}), whose first digit is 2 to 6 (the issuer
 * ranges of Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay and Maestro) and that pass the Luhn check.
 *
 * <p>Why these rules: the Luhn check alone lets one random number in ten through, so the first digit keeps out the
 * most common look-alikes (epoch milliseconds start with 1, for decades), and a run must stand on its own: digits
 * glued to letters, digits or '_' (the tail of a UUID, an identifier), or joined by '-', '.', '@' or '+' to a longer
 * token (an e-mail address such as {@code ada-29592563558629-1@example.com}, a host name, a phone number) are not a
 * card. In a longer run of groups (a
 * card followed by its expiry, say) the shortest window of whole groups, with one kind of separator, that is a card
 * is found.
 *
 * <p>Stateless and thread-safe.
 */
public final class CardNumbers {
    /** The fewest and the most digits of a card number. */
    static final int MIN_DIGITS = 13;
    static final int MAX_DIGITS = 19;

    /**
     * A run of digit groups joined by single spaces or dashes, not glued to a word character, and not part of a
     * longer token (after '-', '.', '@' or '+'; before '@', or before '-' or '.' and a word character).
     */
    private static final Pattern RUN = Pattern.compile("(?<![\\w@.+-])[0-9]+(?:[ -][0-9]+)*(?![\\w@])(?![.-]\\w)");
    private static final Pattern GROUP = Pattern.compile("[0-9]+");

    private CardNumbers() {}

    /** Where a card number is in a text: {@code [start, end)}. */
    public record Span(int start, int end) {}

    /** The card numbers in {@code text}, in order, not overlapping. */
    public static List<Span> find(CharSequence text) {
        List<Span> found = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            findInRun(text, run.start(), run.end(), found);
        }
        return found;
    }

    private static void findInRun(CharSequence text, int start, int end, List<Span> found) {
        List<Span> groups = new ArrayList<>();
        Matcher group = GROUP.matcher(text).region(start, end);
        while (group.find()) {
            groups.add(new Span(group.start(), group.end()));
        }
        int first = 0;
        while (first < groups.size()) {
            int last = shortestCardFrom(text, groups, first);
            if (last < 0) {
                first++;
            } else {
                found.add(new Span(groups.get(first).start(), groups.get(last).end()));
                first = last + 1;
            }
        }
    }

    /**
     * The last group of the shortest window of groups, starting at {@code first} and joined by one and the same
     * separator, that is a card number; or -1. The shortest: the digits after a card (its expiry, a reference) are
     * not part of it, and a window that swallowed them would pass the Luhn check once in ten.
     */
    private static int shortestCardFrom(CharSequence text, List<Span> groups, int first) {
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        char separator = 0;
        for (int i = first; i < groups.size(); i++) {
            Span g = groups.get(i);
            if (i > first) {
                char between = text.charAt(g.start() - 1);
                if (separator != 0 && between != separator) {
                    return -1;
                }
                separator = between;
            }
            digits.append(text, g.start(), g.end());
            if (digits.length() > MAX_DIGITS) {
                return -1;
            }
            if (isCardNumber(digits)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code digits} (digits only) is a card number: its length, its first digit and the Luhn check. */
    public static boolean isCardNumber(CharSequence digits) {
        int n = digits.length();
        if (n < MIN_DIGITS || n > MAX_DIGITS) {
            return false;
        }
        char first = digits.charAt(0);
        return first >= '2' && first <= '6' && luhn(digits);
    }

    /** The Luhn (mod 10) check over a string of ASCII digits; false for anything else. */
    public static boolean luhn(CharSequence digits) {
        if (digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
