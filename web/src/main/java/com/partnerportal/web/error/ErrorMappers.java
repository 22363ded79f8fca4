package com.partnerportal.web.error;

import com.partnerportal.persistence.failure.DatabaseFailures;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One place that turns failures into responses with the right status: an HTML page in the layout for pages, an
 * RFC 9457 problem body for {@code /api}. A 500 is logged with an error id, and only the id is shown.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail, List<String> errors, String errorId);

        /** Needs no database: no layout, no current user. */
        static native TemplateInstance unavailable(int retryAfterSeconds);
    }

    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri, request);
        }
        return respond(uri, Problem.of(status, detailOf(e, status)), null);
    }

    /** No turn to run came in time: 503 with {@code Retry-After}; nothing was done. */
    @ServerExceptionMapper
    public Uni<Response> busy(PortalBusy e, UriInfo uri) {
        return respond(uri, Problem.of(503, e.getMessage()), null).map(response -> Response.fromResponse(response)
                .header("Retry-After", String.valueOf(PortalBusy.RETRY_AFTER_SECONDS)).build());
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Problem.of(403, "You do not have the role this page needs."), null);
    }

    @ServerExceptionMapper
    public Uni<Response> problem(ProblemException e, UriInfo uri) {
        return respond(uri, e.problem(), null);
    }

    @ServerExceptionMapper
    public Uni<Response> internal(Exception e, UriInfo uri, HttpServerRequest request) {
        Problem unavailable = unavailable(e);
        if (unavailable != null) {
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), e.toString());
            return Uni.createFrom().item(unavailable(uri, unavailable));
        }
        if (DatabaseFailures.isUnstorableText(e)) {
            // Nothing was written: the transaction rolled back.
            return respond(uri, Problem.of(400, "The input contains characters that cannot be stored, such as a NUL"
                    + " character. Remove them and try again."), null);
        }
        Problem conflict = conflict(e);
        if (conflict != null) {
            return respond(uri, conflict, null);
        }
        // The error id is the request id of the log (RequestIds), so the id a user quotes finds the log lines.
        String errorId = RequestIds.current(request);
        LOG.errorf(e, "Error %s on %s", errorId, uri.getPath());
        Problem problem = new Problem("about:blank", "Internal error", 500,
                "Something went wrong on our side. Error id: " + errorId, List.of(), errorId);
        return respond(uri, problem, errorId);
    }

    private static Uni<Response> respond(UriInfo uri, Problem problem, String errorId) {
        if (uri.getPath().startsWith("/api/")) {
            return Uni.createFrom().item(Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build());
        }
        // The layout reads the user's memberships from the database: render off the event loop (an unmatched
        // route fails on it).
        TemplateInstance page = Templates.page(problem.status(), problem.title(), problem.detail(),
                problem.errors(), errorId);
        Uni<Response> rendered = Uni.createFrom().item(() -> {
            try {
                return Response.status(problem.status())
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
            } catch (RuntimeException renderFailure) {
                Problem unavailable = unavailable(renderFailure);
                if (unavailable != null) {
                    // The layout could not read the user's memberships: the database went away.
                    return unavailable(uri, unavailable);
                }
                throw renderFailure;
            }
        });
        return Context.isOnEventLoopThread()
                ? rendered.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                : rendered;
    }

    /**
     * 503 while the database is away: a page that needs no database (pages) or a problem (API), both with
     * {@code Retry-After}.
     */
    static Response unavailable(UriInfo uri, Problem problem) {
        int retry = DatabaseUnavailable.RETRY_AFTER_SECONDS;
        Response.ResponseBuilder response = Response.status(503).header("Retry-After", String.valueOf(retry));
        if (uri.getPath().startsWith("/api/")) {
            return response.type(PROBLEM_JSON).entity(problem).build();
        }
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.unavailable(retry).render()).build();
    }

    /**
     * A lost race or a broken database rule, however deeply wrapped (a commit wraps it): 409, naming what
     * conflicted. Anything else is not a conflict (null).
     */
    static Problem conflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Problem.of(409, "Someone else changed this record at the same time. Reload it and try again.");
            }
            if (cause instanceof ConstraintViolationException violation) {
                // The constraint's name is for the log, not for the person: it names tables and columns.
                LOG.infof("Conflict with database rule %s", violation.getConstraintName());
                return Problem.of(409, "This conflicts with data that already exists: reload the page to see the"
                        + " current data, then try again.");
            }
        }
        return null;
    }

    /** The database cannot be reached (no connection, or none free in time): 503, nothing was changed. */
    static Problem unavailable(Throwable e) {
        return DatabaseFailures.unreachable(e)
                ? Problem.of(503, "The portal cannot reach its database right now. Nothing was changed; try again in a moment.")
                : null;
    }

    private static String detailOf(WebApplicationException e, int status) {
        String message = e.getMessage();
        boolean generic = message == null || message.startsWith("HTTP ");
        return switch (status) {
            case 404 -> generic ? "There is no such page, or you may not see it." : message;
            case 403 -> generic ? "You may not do this." : message;
            default -> generic ? Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request failed" : message;
        };
    }
}
