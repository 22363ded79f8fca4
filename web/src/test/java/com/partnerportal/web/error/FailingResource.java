package com.partnerportal.web.error;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail unexpectedly, to see what a 500 shows. */
@Path("/")
@Authenticated
public class FailingResource {

    @GET
    @Path("test-only/failure")
    public String page() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("api/test-only/failure")
    public String api() {
        throw new IllegalStateException("secret internal detail");
    }
}
