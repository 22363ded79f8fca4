package com.partnerportal.web.security;

import com.partnerportal.web.error.ErrorMappers;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be, per route: the imports ({@code /api/v1/imports/**}, {@code /admin/imports/**})
 * up to {@code quarkus.http.limits.max-body-size} (64 MB, the HTTP layer's own limit), every other route up to
 * {@code portal.http.max-body-size} (1 MB: the largest form is a few kilobytes). A body announced larger
 * ({@code Content-Length}) is refused with <b>413</b> before a byte of it is read — an RFC 9457 problem for
 * {@code /api/**}, a short page otherwise; a body of unknown length ({@code Transfer-Encoding: chunked}) is taken
 * only by the imports (elsewhere 411). There the browser uploads are stopped at 64 MB by the HTTP layer; the API
 * imports count the bytes themselves ({@link #cap}, {@link CappedBody}) so that going past 64 MB is a 413 problem
 * too, not the HTTP layer's bare 413.
 */
@ApplicationScoped
public class BodyLimits {

    /** After authentication (200) and the API's 401 (120), before the permission check (100). */
    static final int PRIORITY = 110;

    static final List<String> IMPORT_ROUTES = List.of("/api/v1/imports/", "/admin/imports/");

    /** Where the HTTP layer keeps a request's body limit for RESTEasy Reactive's input stream. */
    static final String HTTP_LAYER_LIMIT = "io.quarkus.max-request-size";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize importLimit;

    @ConfigProperty(name = "portal.http.max-body-size")
    MemorySize defaultLimit;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /** The largest body this path takes, in bytes. */
    long limit(String path) {
        return isImport(path) ? importLimit.asLongValue() : defaultLimit.asLongValue();
    }

    public static boolean isImport(String path) {
        return path != null && IMPORT_ROUTES.stream().anyMatch(path::startsWith);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        long limit = limit(path);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long announced;
            try {
                announced = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                announced = Long.MAX_VALUE;
            }
            if (announced > limit) {
                refuse(context, 413, "Payload Too Large", "The request body is larger than this route takes (at most "
                        + megabytes(limit) + "); nothing was read or changed.");
                return;
            }
        } else if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !isImport(path)) {
            refuse(context, 411, "Length Required", "Send the body with a Content-Length (at most " + megabytes(limit)
                    + "); nothing was read or changed.");
            return;
        }
        context.next();
    }

    /**
     * Right after the HTTP layer's own route (order -2) has put its body limit on the request, and before the REST
     * layer reads: a chunked body of an API import is counted by the import itself ({@link #cap}), which answers 413
     * problem+json past the limit. (The connection is not closed after that answer: a client still sending would
     * then be reset and could lose the answer; the rest of the body is simply not read.)
     */
    void countApiImportsThemselves(@Observes Router router) {
        router.route().order(-1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                    && isImport(context.normalizedPath()) && context.normalizedPath().startsWith("/api/")) {
                context.put(HTTP_LAYER_LIMIT, -1L);
            }
            context.next();
        });
    }

    /**
     * An API import's body, counted against the import limit: an import that fails because the body went past it
     * is answered by {@link CappedBody#refusal} with 413 problem+json.
     */
    public CappedBody cap(InputStream body) {
        return new CappedBody(body, importLimit.asLongValue());
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        // The body is not read: close the connection after answering, so the client stops sending it.
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (context.normalizedPath().startsWith("/api/")) {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, ErrorMappers.PROBLEM_JSON)
                    .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                            .put("detail", detail).put("errors", new JsonArray()).encode());
        } else {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                            + "</title><link rel=\"stylesheet\" href=\"/static/portal.css\"></head><body><main><h1>"
                            + title + "</h1><p>" + detail + "</p></main></body></html>");
        }
    }
}
