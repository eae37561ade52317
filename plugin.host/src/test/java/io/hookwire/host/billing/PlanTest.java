package io.hookwire.host.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanTest {
    @Test
    void aPlanIsNamePriceCurrencyAndOptionalTrialDays() {
        assertThat(Plan.parse("pro:2900:EUR:14")).isEqualTo(new Plan("pro", 2900, "EUR", 14));
        assertThat(Plan.parse(" basic : 900 : USD ")).isEqualTo(new Plan("basic", 900, "USD", 0));
        assertThat(Plan.parse("free:0:EUR")).isEqualTo(new Plan("free", 0, "EUR", 0));
    }

    @Test
    void aBadPlanSaysWhatIsWrong() {
        assertThatThrownBy(() -> Plan.parse("pro")).hasMessageContaining("name:price:currency");
        assertThatThrownBy(() -> Plan.parse("Pro:1:EUR")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> Plan.parse("pro:-1:EUR")).hasMessageContaining("price");
        assertThatThrownBy(() -> Plan.parse("pro:9.99:EUR")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Plan.parse("pro:1:EURO")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Plan.parse("pro:1:eur")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Plan.parse("pro:1:EUR:x")).hasMessageContaining("trial days");
    }

    @Test
    void aConfigurationKeepsTheGoodPlansInOrderAndReportsTheRest() {
        List<String> ignored = new ArrayList<>();
        Map<String, Plan> plans = Plan.parseAll(new String[] {"b:1:EUR", "oops", "a:2:EUR", "b:3:EUR"},
                ignored::add);
        assertThat(plans.keySet()).containsExactly("b", "a");
        assertThat(plans.get("b").priceMinor()).as("the first definition wins").isEqualTo(1);
        assertThat(ignored).hasSize(2).anySatisfy(m -> assertThat(m).contains("oops"))
                .anySatisfy(m -> assertThat(m).contains("defined already"));
    }
}
