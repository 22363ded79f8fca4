package com.partnerportal.web.mail;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** A portal whose notices job fails at start-up ({@link FailingNoticeJob}), run at start as in production. */
public class NoticesFailAtStartProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FailingNoticeJob.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.notices.run-at-start", "true");
    }
}
