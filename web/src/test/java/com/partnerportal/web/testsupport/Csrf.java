package com.partnerportal.web.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The double-submit CSRF token of the portal's forms: the {@code portal-csrf} cookie a page with a form issues,
 * sent back as the cookie and as the {@code csrf-token} form field.
 */
public record Csrf(String token) {

    public static final String COOKIE = "portal-csrf";
    public static final String FIELD = "csrf-token";
    /** A well-formed token for callers who cannot open any page with a form. */
    static final String FALLBACK = "dGVzdC10b2tlbi1mb3ItY3NyZg";

    /**
     * The token the first of these pages that shows the current user a form issues; the fallback when none does
     * (a user who may open none of them).
     */
    public static Csrf from(String... pages) {
        for (String page : pages) {
            Response response = given().redirects().follow(false).when().get(page);
            String cookie = response.getCookie(COOKIE);
            if (cookie != null) {
                return new Csrf(cookie);
            }
        }
        return new Csrf(FALLBACK);
    }

    /** A form request carrying the token as cookie and form field, not following redirects. */
    public RequestSpecification post() {
        return with(given().redirects().follow(false));
    }

    /** A request carrying the token as cookie and form field. */
    public RequestSpecification with(RequestSpecification request) {
        return request.cookie(COOKIE, token).formParam(FIELD, token);
    }

    /** A multipart request carrying the token as cookie and form part. */
    public RequestSpecification withMultipart(RequestSpecification request) {
        return request.cookie(COOKIE, token).multiPart(FIELD, token);
    }
}
