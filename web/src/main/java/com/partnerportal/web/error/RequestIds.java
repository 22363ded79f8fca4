package com.partnerportal.web.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, before authentication: the caller's {@code X-Request-Id} when it is a plain token
 * (a load balancer's), else a new UUID. The id is in the log's MDC as {@value #MDC_KEY} (every log line of the
 * request carries it; the JSON log of production prints it), in the response header {@value #HEADER}, and is
 * the error id a 500 shows.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    /** Runs before the security filters, so a refused login is logged with the id too. */
    private static final int PRIORITY = 1000;

    /**
     * The id of the request being served: the log's (MDC), else the one the filter put on the request; a new one
     * (then also put into the MDC) only when neither is there.
     */
    public static String current(HttpServerRequest request) {
        Object logged = MDC.get(MDC_KEY);
        if (logged != null) {
            return logged.toString();
        }
        String id = request != null ? request.getHeader(HEADER) : null;
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        MDC.put(MDC_KEY, id);
        return id;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String offered = context.request().getHeader(HEADER);
            String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            // Later stages (resources, error mappers) read the id from the request.
            context.request().headers().set(HEADER, id);
            context.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            context.addEndHandler(done -> MDC.remove(MDC_KEY));
            context.next();
        }, PRIORITY);
    }
}
