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

    /** A broken database rule as Hibernate reports it: the message and the constraint name name tables and columns. */
    static final String CONSTRAINT = "uq_customer_partner_secret_column";

    @GET
    @Path("test-only/conflict")
    public String conflictPage() {
        throw conflict();
    }

    @GET
    @Path("api/test-only/conflict")
    public String conflictApi() {
        throw conflict();
    }

    private static RuntimeException conflict() {
        var violation = new org.hibernate.exception.ConstraintViolationException(
                "could not execute statement [ERROR: duplicate key value violates unique constraint \"" + CONSTRAINT
                        + "\"]", new java.sql.SQLException("duplicate key " + CONSTRAINT, "23505"), CONSTRAINT);
        return new jakarta.persistence.PersistenceException("commit failed", violation);
    }

    @GET
    @Path("api/test-only/failure")
    public String api() {
        throw new IllegalStateException("secret internal detail");
    }
}
