package com.partnerportal.web.settings;

import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Membership;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Each user's notification settings: the kinds of mail their roles receive (partner admins: decisions and risks;
 * reviewers: the daily digest), each on unless turned off here. Stored per user subject; a user edits only their own.
 */
@Authenticated
@Path("/settings/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationSettingsResource {

    /** One kind on the page: whether it is on. */
    public record KindRow(NotificationKind kind, boolean on) {
    }

    /** The page: the kinds offered, the address mail goes to, a message per field, and whether it was just saved. */
    public record SettingsView(List<KindRow> kinds, String email, Map<String, String> errors, boolean saved,
            boolean hasSubject) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    NotificationSettingsService service;

    @GET
    public TemplateInstance page(@RestQuery String saved) {
        Set<NotificationKind> off = user.stableSubject().map(service::optedOut)
                .orElse(EnumSet.noneOf(NotificationKind.class));
        return view(off, Map.of(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("on") List<String> on) {
        List<NotificationKind> offered = offered();
        Set<NotificationKind> chosenOn = EnumSet.noneOf(NotificationKind.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (String value : on == null ? List.<String>of() : on) {
            Optional<NotificationKind> kind = NotificationKind.parse(value);
            if (kind.isEmpty() || !offered.contains(kind.get())) {
                errors.put("on", "choose only among the kinds of mail listed");
            } else {
                chosenOn.add(kind.get());
            }
        }
        Optional<String> subject = user.stableSubject();
        if (subject.isEmpty()) {
            errors.put("on", "your login carries no stable subject, so settings cannot be kept for you");
        }
        Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        offered.stream().filter(k -> !chosenOn.contains(k)).forEach(off::add);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(view(off, errors, false)).build();
        }
        service.choose(subject.get(), user.verifiedEmail().orElse(null), user.actor(), Set.copyOf(offered), off);
        return Response.seeOther(URI.create("/settings/notifications?saved=1")).build();
    }

    /** The kinds the current user's roles receive. */
    private List<NotificationKind> offered() {
        boolean partnerAdmin = user.memberships().stream().anyMatch(Membership::admin);
        return NotificationKind.forUser(partnerAdmin, user.isReviewer());
    }

    private TemplateInstance view(Set<NotificationKind> off, Map<String, String> errors, boolean saved) {
        List<KindRow> rows = offered().stream().map(k -> new KindRow(k, !off.contains(k))).toList();
        return Templates.settings(new SettingsView(rows, user.verifiedEmail().orElse(null), errors, saved,
                user.stableSubject().isPresent()));
    }
}
