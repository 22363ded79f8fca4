package com.partnerportal.web.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The CSRF token of the signed-in test user: issued as the {@code portal-csrf} cookie by any page with a form. */
public record Csrf(String token) {

    public static final String COOKIE = "portal-csrf";
    public static final String FIELD = "csrf-token";

    /** Reads the token from a page that renders a form (for example a simulator or associations page). */
    public static Csrf from(String pageWithForm) {
        Response page = given().when().get(pageWithForm);
        String cookie = page.getCookie(COOKIE);
        if (cookie == null) {
            throw new IllegalStateException(pageWithForm + " issued no CSRF cookie (status " + page.statusCode() + ")");
        }
        return new Csrf(cookie);
    }

    /** A request carrying the token as cookie and form field, not following redirects. */
    public RequestSpecification post() {
        return given().redirects().follow(false).cookie(COOKIE, token).formParam(FIELD, token);
    }
}
