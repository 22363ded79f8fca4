package com.partnerportal.web.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shape of every form post of the admin pages: run the action; when it refuses the form ({@link FormErrors}),
 * the page again with the field messages (400, nothing saved); else post/redirect/get to the page with a notice
 * chosen from the page's fixed set (never echoed input).
 */
public final class FormPost {

    private FormPost() {
    }

    /**
     * @param action what the form asks for; throws {@link FormErrors} to refuse it
     * @param refused the page with the given field messages
     * @param page the page to go back to, a path template with one {@code {id}}
     * @param id the value of {@code {id}}
     * @param notice the notice's key
     */
    public static Response submit(Runnable action, Function<Map<String, String>, Object> refused, String page,
            String id, String notice) {
        return submit(() -> {
            action.run();
            return id;
        }, refused, page, notice);
    }

    /**
     * The same for a form whose action makes what the page is about (a new partner): {@code action} answers the value
     * of the page's {@code {id}}.
     */
    public static Response submit(Supplier<String> action, Function<Map<String, String>, Object> refused,
            String page, String notice) {
        String id;
        try {
            id = action.get();
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(refused.apply(errors.fields())).build();
        }
        return seeOther(page, id, notice);
    }

    /** Post/redirect/get to the page ({@code {id}} filled in) with the notice: a post that has no form to refuse. */
    public static Response seeOther(String page, String id, String notice) {
        return Response.seeOther(UriBuilder.fromPath(page).queryParam("notice", notice).build(id)).build();
    }
}
