package com.partnerportal.web.ledger;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application with an OpenAPI document of every route, pages included (the real document keeps only
 * {@code /api/}): the crawl of {@link ReadsNeverWriteTest} takes its GET routes from it.
 */
public class EveryRouteProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.openapi.filter", KeepEveryRoute.class.getName());
    }
}
