package com.partnerportal.web.security;

import com.partnerportal.core.evidence.PartnerId;
import com.partnerportal.persistence.partner.PartnerRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import com.partnerportal.web.error.ProblemException;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Partner scoping that cannot be forgotten, and the only partner check of the portal: one filter for every resource
 * method whose path has a {@code {partnerId}} ({@code /partners/{partnerId}/**}, {@code /api/v1/partners/{partnerId}/**},
 * the reviewer's and program admin's partner routes). Before the method runs, the caller must be allowed to see that
 * partner — a member or program staff; anyone else gets 404, never 403, so ids cannot be probed — the partner must
 * exist (404), and, on methods marked {@link PartnerAdminOnly}, the caller must be its partner admin (403 for those
 * who may only look). The partner is read once, here, and handed to the resource through {@link ScopedPartner}.
 * Roles come first: the {@code @RolesAllowed}/{@code @Authenticated} checks run before filters, and
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints} refuses any method that has none.
 */
public class PartnerScope {

    static final String PARAMETER = "partnerId";

    @Inject
    CurrentUser user;

    @Inject
    PartnerRepository partners;

    @Inject
    ScopedPartner scoped;

    @ServerRequestFilter
    public void requirePartnerAccess(ContainerRequestContext request, ResourceInfo resource) {
        String partnerId = request.getUriInfo().getPathParameters().getFirst(PARAMETER);
        if (partnerId == null || resource.getResourceMethod() == null) {
            return;
        }
        // Memberships are read once per request (CurrentUser), with their partners' names.
        Optional<Membership> membership = user.membership(partnerId);
        if (!user.isStaff() && membership.isEmpty()) {
            throw new NotFoundException("No partner " + partnerId);
        }
        // An API client learns why its id can name no partner (400, naming the path parameter). Pages look the id up
        // as it is: a partner stored before the rule existed stays reachable for those who may see it.
        if (api(resource) && !PartnerId.isValid(partnerId)) {
            throw ProblemException.badRequest("The partner id in the path is not a partner id.",
                    List.of(PARAMETER + ": " + PartnerId.RULE));
        }
        // A member's partner exists (the membership's foreign key) and its name came with the memberships; staff
        // read the name, which also says whether the partner exists.
        String name = membership.map(Membership::partnerName)
                .or(() -> partners.nameOf(partnerId))
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
        if (adminOnly(resource) && !membership.map(Membership::admin).orElse(false)) {
            throw new ForbiddenException("Only a partner admin of " + partnerId + " may do this");
        }
        scoped.set(partnerId, name);
    }

    static boolean api(ResourceInfo resource) {
        Path path = resource.getResourceClass().getAnnotation(Path.class);
        return path != null && path.value().replaceFirst("^/", "").startsWith("api/");
    }

    static boolean adminOnly(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(PartnerAdminOnly.class)
                || resource.getResourceClass().isAnnotationPresent(PartnerAdminOnly.class);
    }
}
