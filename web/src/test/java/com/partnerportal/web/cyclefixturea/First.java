package com.partnerportal.web.cyclefixturea;

import com.partnerportal.web.cyclefixtureb.Second;

/** Test-only: one side of a package cycle, for {@code WebArchitectureRulesBiteTest} (never in main code). */
public class First {

    public Second next() {
        return new Second();
    }
}
