package com.partnerportal.web.partner;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.security.PartnerAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A partner organisation's page, for its members and program staff. */
@Path("/partners/{partnerId}")
@Produces(MediaType.TEXT_HTML)
public class PartnerResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(PartnerEntity partner);
    }

    @Inject
    PartnerAccess access;

    @GET
    public TemplateInstance overview(@PathParam("partnerId") String partnerId) {
        return Templates.overview(access.requireReadable(partnerId));
    }
}
