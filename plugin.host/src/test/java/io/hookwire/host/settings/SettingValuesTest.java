package io.hookwire.host.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

import io.hookwire.api.rest.ApiException;

class SettingValuesTest {
    /** An attribute definition as a metatype provider gives it; {@code rule} is its validate(). */
    private record Ad(String id, int type, int cardinality, String[] options, String[] defaults,
            UnaryOperator<String> rule) implements AttributeDefinition {
        Ad(String id, int type, int cardinality) {
            this(id, type, cardinality, null, null, v -> "");
        }

        @Override
        public String getName() {
            return "Label of " + id;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return "";
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return options;
        }

        @Override
        public String[] getOptionLabels() {
            return options;
        }

        @Override
        public String validate(String value) {
            return rule.apply(value);
        }

        @Override
        public String[] getDefaultValue() {
            return defaults;
        }
    }

    private static void assertBad(AttributeDefinition ad, Object json, String message) {
        assertThatThrownBy(() -> SettingValues.fromJson(ad, json)).as(String.valueOf(json))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details()).containsEntry("field", ad.getID());
                    assertThat(e.getMessage()).contains(ad.getID(), message);
                });
    }

    @Test
    void scalarsAreConvertedToTheirTypes() {
        assertThat(SettingValues.fromJson(new Ad("n", AttributeDefinition.INTEGER, 0), 42)).isEqualTo(42);
        assertThat(SettingValues.fromJson(new Ad("n", AttributeDefinition.INTEGER, 0), "42")).isEqualTo(42);
        assertThat(SettingValues.fromJson(new Ad("n", AttributeDefinition.LONG, 0), 42)).isEqualTo(42L);
        assertThat(SettingValues.fromJson(new Ad("n", AttributeDefinition.SHORT, 0), 7)).isEqualTo((short) 7);
        assertThat(SettingValues.fromJson(new Ad("n", AttributeDefinition.BYTE, 0), -8)).isEqualTo((byte) -8);
        assertThat(SettingValues.fromJson(new Ad("d", AttributeDefinition.DOUBLE, 0), 1.5)).isEqualTo(1.5);
        assertThat(SettingValues.fromJson(new Ad("f", AttributeDefinition.FLOAT, 0), 2)).isEqualTo(2.0f);
        assertThat(SettingValues.fromJson(new Ad("b", AttributeDefinition.BOOLEAN, 0), true)).isEqualTo(true);
        assertThat(SettingValues.fromJson(new Ad("b", AttributeDefinition.BOOLEAN, 0), "FALSE")).isEqualTo(false);
        assertThat(SettingValues.fromJson(new Ad("c", AttributeDefinition.CHARACTER, 0), "x")).isEqualTo('x');
        assertThat(SettingValues.fromJson(new Ad("s", AttributeDefinition.STRING, 0), "hi")).isEqualTo("hi");
        assertThat(SettingValues.fromJson(new Ad("p", AttributeDefinition.PASSWORD, 0), "s3cret")).isEqualTo("s3cret");
    }

    @Test
    void valuesOfTheWrongTypeOrRangeAreRefusedNamingTheField() {
        Ad integer = new Ad("max.items", AttributeDefinition.INTEGER, 0);
        assertBad(integer, "abc", "must be a whole number");
        assertBad(integer, 1.5, "must be a whole number");
        assertBad(integer, 3_000_000_000L, "from -2147483648 to 2147483647");
        assertBad(integer, new BigInteger("99999999999999999999"), "whole number");
        assertBad(integer, true, "whole number");
        assertBad(new Ad("b", AttributeDefinition.BYTE, 0), 300, "from -128 to 127");
        assertBad(new Ad("flag", AttributeDefinition.BOOLEAN, 0), "yes", "true or false");
        assertBad(new Ad("flag", AttributeDefinition.BOOLEAN, 0), 1, "true or false");
        assertBad(new Ad("c", AttributeDefinition.CHARACTER, 0), "xy", "one character");
        assertBad(new Ad("s", AttributeDefinition.STRING, 0), 42, "must be a string");
        assertBad(new Ad("f", AttributeDefinition.FLOAT, 0), 1e300, "must be a number");
        assertBad(integer, List.of(1, 2), "takes one value, not a list");
        assertBad(integer, Map.of("a", 1), "takes one value, not an object");
    }

    @Test
    void cardinalityGivesArraysOrListsOfAtMostSoMany() {
        Ad array = new Ad("tags", AttributeDefinition.STRING, 3);
        assertThat(SettingValues.fromJson(array, List.of("a", "b"))).isEqualTo(new String[] {"a", "b"});
        assertThat(SettingValues.fromJson(array, "one")).as("one value is a list of one").isEqualTo(new String[] {"one"});
        assertBad(array, List.of("a", "b", "c", "d"), "at most 3 values, not 4");
        assertBad(array, java.util.Arrays.asList("a", null), "one of them is null");

        Ad list = new Ad("ports", AttributeDefinition.INTEGER, -2);
        assertThat(SettingValues.fromJson(list, List.of(80, "443"))).isEqualTo(List.of(80, 443));
        assertBad(list, List.of(80, "http"), "must be a whole number");

        Ad unbounded = new Ad("any", AttributeDefinition.LONG, Integer.MAX_VALUE);
        assertThat((Long[]) SettingValues.fromJson(unbounded, List.of(1, 2, 3, 4, 5))).hasSize(5);
    }

    @Test
    void optionsAndTheProvidersOwnRulesAreApplied() {
        Ad mode = new Ad("mode", AttributeDefinition.STRING, 0, new String[] {"fast", "safe"}, null, v -> "");
        assertThat(SettingValues.fromJson(mode, "safe")).isEqualTo("safe");
        assertBad(mode, "turbo", "must be one of fast, safe; not 'turbo'");

        Ad bounded = new Ad("max.items", AttributeDefinition.INTEGER, 0, null, null,
                v -> Integer.parseInt(v) > 100 ? "%greater than maximum" : "");
        assertThat(SettingValues.fromJson(bounded, 100)).isEqualTo(100);
        assertBad(bounded, 101, "is not valid (greater than maximum): 101");

        Ad noRules = new Ad("free", AttributeDefinition.STRING, 0, null, null, v -> null);
        assertThat(SettingValues.fromJson(noRules, "anything")).isEqualTo("anything");
    }

    @Test
    void aMultiValuedValueWithACommaIsValidatedAsOneValue() {
        Ad tags = new Ad("tags", AttributeDefinition.STRING, 5, null, null,
                v -> v.equals("a\\,b") ? "" : "%split: " + v);
        assertThat(SettingValues.fromJson(tags, List.of("a,b"))).isEqualTo(new String[] {"a,b"});
    }

    @Test
    void defaultsAreShownAsTheValuesTheyWouldBe() {
        assertThat(SettingValues.defaultValue(new Ad("n", AttributeDefinition.INTEGER, 0, null, new String[] {"10"},
                v -> ""))).isEqualTo(10);
        assertThat(SettingValues.defaultValue(new Ad("t", AttributeDefinition.STRING, 5, null,
                new String[] {"a", "b"}, v -> ""))).isEqualTo(List.of("a", "b"));
        assertThat(SettingValues.defaultValue(new Ad("t", AttributeDefinition.STRING, 0))).isNull();
    }
}
