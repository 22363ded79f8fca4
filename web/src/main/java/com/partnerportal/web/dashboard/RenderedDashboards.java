package com.partnerportal.web.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partnerportal.persistence.partner.PartnerPageStamps.PageStamp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dashboards as this node rendered them, kept while what they were made from is unchanged. The key holds everything a
 * dashboard's content depends on: the partner, the month asked for (null: the default month), whether the caller may
 * act for the partner, the day (the open month and the designation's standing follow it) and the partner's page stamp
 * read before the content was made — the database changes that stamp with every write to a table the dashboard is made
 * from (migration V90, {@code PartnerPageStampTest}). A write therefore never needs to find and evict entries: after
 * it, no request asks for the old key again, and the old entry ages out. Nothing is kept across nodes, so two nodes
 * need no coordination; what the caller is (name, memberships, sign-out token) is rendered around the kept content on
 * every request ({@link PageFrame}). The content is kept encoded (UTF-8), as it is sent.
 */
@ApplicationScoped
public class RenderedDashboards {

    /** Everything a dashboard's content is a function of. */
    record Key(String partnerId, YearMonth month, boolean canAdmin, LocalDate today, PageStamp stamp) {
    }

    private final Cache<Key, byte[]> contents;

    @Inject
    RenderedDashboards(@ConfigProperty(name = "portal.dashboard-cache.maximum-size", defaultValue = "1000") long size,
            @ConfigProperty(name = "portal.dashboard-cache.expire-after-access", defaultValue = "PT10M") Duration idle,
            MeterRegistry registry) {
        contents = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(idle).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, contents, "dashboard-content");
    }

    /**
     * The content kept under {@code key}, else what {@code render} makes now (kept for the next request). A render
     * that fails is not kept. Two requests that miss at once both render; the result is the same.
     */
    byte[] content(Key key, Supplier<byte[]> render) {
        byte[] kept = contents.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        byte[] content = render.get();
        contents.put(key, content);
        return content;
    }

    /** How many dashboards are kept now (for tests and operators). */
    long size() {
        contents.cleanUp();
        return contents.estimatedSize();
    }
}
