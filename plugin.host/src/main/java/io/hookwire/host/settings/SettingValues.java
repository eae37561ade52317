package io.hookwire.host.settings;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.service.metatype.AttributeDefinition;

import io.hookwire.api.rest.ApiException;

/**
 * Turns a JSON value into the ConfigAdmin value an {@link AttributeDefinition} asks for, and back. A value is checked
 * for its type (a number of the right kind and range, a boolean, one character...), its cardinality (one value, or
 * a list of at most so many), its options, and finally by {@link AttributeDefinition#validate(String)} (the metatype
 * provider's own rules, for example a minimum). What fails is a 400 that names the attribute.
 *
 * <p>Stateless.
 */
final class SettingValues {
    private SettingValues() {}

    /** The names the REST API gives the metatype types. */
    static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.STRING -> "String";
            case AttributeDefinition.LONG -> "Long";
            case AttributeDefinition.INTEGER -> "Integer";
            case AttributeDefinition.SHORT -> "Short";
            case AttributeDefinition.CHARACTER -> "Character";
            case AttributeDefinition.BYTE -> "Byte";
            case AttributeDefinition.DOUBLE -> "Double";
            case AttributeDefinition.FLOAT -> "Float";
            case AttributeDefinition.BOOLEAN -> "Boolean";
            case AttributeDefinition.PASSWORD -> "Password";
            default -> "Type" + type;
        };
    }

    /**
     * The value to store for {@code json} (a String, Number, Boolean or List, as Jackson reads them).
     *
     * @return an object of the type for a single value, an array of it for a positive cardinality, a List of it for a
     *     negative one
     * @throws ApiException 400 naming the attribute
     */
    static Object fromJson(AttributeDefinition ad, Object json) {
        int cardinality = ad.getCardinality();
        if (cardinality == 0) {
            if (json instanceof Collection<?> || json instanceof Map<?, ?>) {
                throw bad(ad, "takes one value, not " + (json instanceof Map<?, ?> ? "an object" : "a list"));
            }
            Object value = scalar(ad, json);
            validate(ad, List.of(value));
            return value;
        }
        List<?> given = json instanceof Collection<?> many ? new ArrayList<>(many) : List.of(json);
        int max = Math.abs(cardinality);
        if (max != Integer.MAX_VALUE && given.size() > max) {
            throw bad(ad, "takes at most " + max + " values, not " + given.size());
        }
        List<Object> values = new ArrayList<>();
        for (Object item : given) {
            if (item == null || item instanceof Collection<?> || item instanceof Map<?, ?>) {
                throw bad(ad, "takes a list of " + typeName(ad.getType()) + " values; one of them is "
                        + (item == null ? "null" : "not a single value"));
            }
            values.add(scalar(ad, item));
        }
        validate(ad, values);
        if (cardinality < 0) {
            return values;
        }
        Object array = Array.newInstance(javaType(ad.getType()), values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    private static Object scalar(AttributeDefinition ad, Object json) {
        int type = ad.getType();
        try {
            Object value = switch (type) {
                case AttributeDefinition.STRING, AttributeDefinition.PASSWORD -> json instanceof String s ? s : null;
                case AttributeDefinition.BOOLEAN -> bool(json);
                case AttributeDefinition.CHARACTER -> json instanceof String s && s.length() == 1 ? s.charAt(0) : null;
                case AttributeDefinition.LONG -> whole(json).longValueExact();
                case AttributeDefinition.INTEGER -> whole(json).intValueExact();
                case AttributeDefinition.SHORT -> whole(json).shortValueExact();
                case AttributeDefinition.BYTE -> whole(json).byteValueExact();
                case AttributeDefinition.DOUBLE -> decimal(json).doubleValue();
                case AttributeDefinition.FLOAT -> floatOf(decimal(json));
                default -> throw bad(ad, "has a type the host cannot set (" + type + ")");
            };
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (ArithmeticException | IllegalArgumentException e) { // NumberFormatException is one
            throw bad(ad, "must be " + expected(type) + ", not " + show(json));
        }
    }

    private static Boolean bool(Object json) {
        if (json instanceof Boolean b) {
            return b;
        }
        if (json instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        return null;
    }

    private static BigInteger whole(Object json) {
        BigDecimal number = decimal(json);
        return number.toBigIntegerExact(); // 1.5 is no whole number: ArithmeticException
    }

    private static BigDecimal decimal(Object json) {
        if (json instanceof Number || json instanceof String) {
            return new BigDecimal(json.toString().trim()); // NaN, "abc": NumberFormatException
        }
        throw new IllegalArgumentException("not a number");
    }

    private static Float floatOf(BigDecimal number) {
        float f = number.floatValue();
        if (Float.isInfinite(f)) {
            throw new ArithmeticException("out of range");
        }
        return f;
    }

    /** Options, then the provider's own rules, for each value: the first refusal names the attribute. */
    private static void validate(AttributeDefinition ad, List<Object> values) {
        String[] options = ad.getOptionValues();
        for (Object value : values) {
            String text = text(value);
            if (options != null && options.length > 0 && !Arrays.asList(options).contains(text)) {
                throw bad(ad, "must be one of " + String.join(", ", options) + "; not " + show(value));
            }
            // escaped, so that a multi-valued definition does not split one value at its commas
            String problem = ad.validate(ad.getCardinality() == 0 ? text : escape(text));
            if (problem != null && !problem.isEmpty()) {
                String why = problem.startsWith("%") ? problem.substring(1) : problem;
                throw bad(ad, "is not valid (" + why + "): " + show(value));
            }
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,");
    }

    /** A stored or default value as the metatype's string form. */
    static String text(Object value) {
        return value instanceof Boolean || value instanceof Character || value instanceof Number
                ? String.valueOf(value) : (String) value;
    }

    /** A default (the metatype's strings) as the value it would be, or {@code null} when it does not convert. */
    static Object defaultValue(AttributeDefinition ad) {
        String[] defaults = ad.getDefaultValue();
        if (defaults == null) {
            return null;
        }
        try {
            List<Object> values = new ArrayList<>();
            for (String d : defaults) {
                values.add(ad.getType() == AttributeDefinition.STRING || ad.getType() == AttributeDefinition.PASSWORD
                        ? d : scalar(ad, d));
            }
            return ad.getCardinality() == 0 ? (values.isEmpty() ? null : values.get(0)) : values;
        } catch (ApiException e) {
            return null;
        }
    }

    private static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
    }

    private static String expected(int type) {
        return switch (type) {
            case AttributeDefinition.STRING, AttributeDefinition.PASSWORD -> "a string";
            case AttributeDefinition.BOOLEAN -> "true or false";
            case AttributeDefinition.CHARACTER -> "a string of one character";
            case AttributeDefinition.LONG -> "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
            case AttributeDefinition.INTEGER -> "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            case AttributeDefinition.SHORT -> "a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
            case AttributeDefinition.BYTE -> "a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
            default -> "a number";
        };
    }

    private static String show(Object json) {
        return json instanceof String s ? "'" + s + "'" : String.valueOf(json);
    }

    private static ApiException bad(AttributeDefinition ad, String why) {
        return new ApiException(400, "invalid_argument", "the setting '" + ad.getID() + "' (" + ad.getName() + ") "
                + why, Map.of("field", ad.getID()));
    }
}
