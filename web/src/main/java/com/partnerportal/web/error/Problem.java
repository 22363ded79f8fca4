package com.partnerportal.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus {@code errors} (every
 * validation message, each naming what is wrong) and, for a 500, the {@code errorId} to quote.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<String> errors, String errorId) {

    public static Problem of(int status, String detail) {
        return of(status, detail, List.of());
    }

    public static Problem of(int status, String detail, List<String> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known != null ? known.getReasonPhrase() : "Error", status, detail,
                List.copyOf(errors), null);
    }
}
