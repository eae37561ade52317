package io.hookwire.host.billing;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A plan that customers subscribe to.
 *
 * @param name the plan's name, for example {@code pro}
 * @param priceMinor the price of one period in the currency's minor unit (cents)
 * @param currency the ISO 4217 currency code
 * @param trialDays the days of trial before the first period, 0 for none
 */
public record Plan(String name, long priceMinor, String currency, int trialDays) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    /**
     * Parses {@code name:price:currency[:trial days]}.
     *
     * @throws IllegalArgumentException saying what is wrong and how it should look
     */
    public static Plan parse(String entry) {
        String[] parts = entry == null ? new String[0] : entry.trim().split(":", -1);
        if (parts.length != 3 && parts.length != 4) {
            throw new IllegalArgumentException("a plan looks like name:price:currency[:trial days], for example"
                    + " pro:2900:EUR:14");
        }
        String name = parts[0].trim();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the plan name '" + name + "' must be lower case letters, digits,"
                    + " '-' and '_' (at most 50)");
        }
        long price = number(parts[1], "price");
        String currency = parts[2].trim();
        try {
            if (!currency.equals(Currency.getInstance(currency).getCurrencyCode())) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code, such as EUR");
        }
        long trial = parts.length == 4 ? number(parts[3], "trial days") : 0;
        if (trial > 3650) {
            throw new IllegalArgumentException("trial days must be at most 3650, not " + trial);
        }
        return new Plan(name, price, currency, (int) trial);
    }

    private static long number(String text, String what) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("the " + what + " must be a whole number of 0 or more, not '"
                + text.trim() + "'");
    }

    /** The plans of a configuration, by name, in the order given; a bad or repeated entry goes to {@code ignored}. */
    public static Map<String, Plan> parseAll(String[] entries, Consumer<String> ignored) {
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            try {
                Plan plan = parse(entry);
                if (plans.putIfAbsent(plan.name(), plan) != null) {
                    ignored.accept("ignoring plan '" + entry + "': plan '" + plan.name() + "' is defined already");
                }
            } catch (IllegalArgumentException e) {
                ignored.accept("ignoring plan '" + entry + "': " + e.getMessage());
            }
        }
        return plans;
    }

    /** The names, for messages. */
    static List<String> names(Map<String, Plan> plans) {
        return new ArrayList<>(plans.keySet());
    }
}
