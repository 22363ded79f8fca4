package com.partnerportal.web.cyclefixtureb;

import com.partnerportal.web.cyclefixturea.First;

/** Test-only: the other side of a package cycle, for {@code WebArchitectureRulesBiteTest} (never in main code). */
public class Second {

    public First back() {
        return new First();
    }
}
