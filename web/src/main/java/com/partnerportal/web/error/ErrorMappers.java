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
    }

    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri, request);
        }
        return respond(uri, Problem.of(status, detailOf(e, status)), null);
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
        Problem conflict = conflict(e);
        if (conflict != null) {
            return respond(uri, conflict, null);
        }
        Problem unavailable = unavailable(e);
        if (unavailable != null) {
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), e);
            return respond(uri, unavailable, null);
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
        Uni<Response> rendered = Uni.createFrom().item(() -> Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build());
        return Context.isOnEventLoopThread()
                ? rendered.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                : rendered;
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
                return Problem.of(409, "This conflicts with data that already exists"
                        + (violation.getConstraintName() != null ? " (rule " + violation.getConstraintName() + ")" : "")
                        + ".");
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
