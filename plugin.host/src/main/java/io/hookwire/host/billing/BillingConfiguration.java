package io.hookwire.host.billing;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The billing plans and period, in ConfigAdmin under {@value #PID}; the Web Console shows it as a form. */
@ObjectClassDefinition(id = BillingConfiguration.PID, name = "Hookwire billing",
        description = "The plans customers can subscribe to, and the length of a billing period.")
public @interface BillingConfiguration {
    String PID = "io.hookwire.host.billing";

    int DEFAULT_PERIOD_DAYS = 30;

    @AttributeDefinition(name = "Plans",
            description = "One plan per entry: name:price:currency[:trial days]. The name is lower case letters,"
                    + " digits, '-' and '_'; the price is in the currency's minor unit (900 EUR is 9.00 EUR); the"
                    + " currency is an ISO 4217 code; with trial days, a new subscription starts trialing. An entry"
                    + " that does not parse is logged and ignored.")
    String[] plans() default {"basic:900:EUR", "pro:2900:EUR:14"};

    @AttributeDefinition(name = "Billing period (days)", min = "1",
            description = "How long a paid period lasts; a new active subscription's period ends this many days"
                    + " after it starts.")
    int period_days() default DEFAULT_PERIOD_DAYS;
}
