package com.partnerportal.web.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Partner scoping that cannot be forgotten: one filter for every resource method whose path has a
 * {@code {partnerId}} ({@code /partners/{partnerId}/**}, {@code /api/v1/partners/{partnerId}/**}, the reviewer's and
 * program admin's partner routes). Before the method runs, the caller must be allowed to see that partner — a member
 * or program staff; anyone else gets 404, never 403, so ids cannot be probed — and, on methods marked
 * {@link PartnerAdminOnly}, be its partner admin (403 for those who may only look). Roles come first: the
 * {@code @RolesAllowed}/{@code @Authenticated} checks run before filters, and
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints} refuses any method that has none.
 */
public class PartnerScope {

    static final String PARAMETER = "partnerId";

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public void requirePartnerAccess(ContainerRequestContext request, ResourceInfo resource) {
        String partnerId = request.getUriInfo().getPathParameters().getFirst(PARAMETER);
        if (partnerId == null || resource.getResourceMethod() == null) {
            return;
        }
        // The same rule as PartnerAccess, from the request's memberships (read once, kept by CurrentUser); the
        // resource's own PartnerAccess call then also finds a partner that does not exist (404).
        Optional<Membership> membership = user.membership(partnerId);
        if (!user.isStaff() && membership.isEmpty()) {
            throw new NotFoundException("No partner " + partnerId);
        }
        if (adminOnly(resource) && !membership.map(Membership::admin).orElse(false)) {
            throw new ForbiddenException("Only a partner admin of " + partnerId + " may do this");
        }
    }

    static boolean adminOnly(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(PartnerAdminOnly.class)
                || resource.getResourceClass().isAnnotationPresent(PartnerAdminOnly.class);
    }
}
