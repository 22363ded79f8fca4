package com.partnerportal.web.invitations;

import com.partnerportal.core.membership.InvitationStatus;
import com.partnerportal.core.membership.InvitationToken;
import com.partnerportal.core.membership.Invitations;
import com.partnerportal.core.membership.PartnerRole;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.partner.InvitationEntity;
import com.partnerportal.persistence.partner.InvitationRepository;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.MembershipRepository;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations: issue (program admins into any partner, partner admins into their own — the callers' routes check
 * who; {@code PartnerScope} checks the partner), list, revoke, open and accept. Every change writes an audit event in
 * its transaction: {@code INVITATION_CREATED}, {@code INVITATION_REVOKED}, {@code INVITATION_ACCEPTED}, and the
 * binding it causes, {@code MEMBERSHIP_BOUND} (a new member) or {@code MEMBERSHIP_MERGED} (already a member: the
 * stronger role stays). The rules are core's {@link Invitations}.
 */
@ApplicationScoped
public class InvitationService {

    @Inject
    InvitationRepository invitations;

    @Inject
    MembershipRepository memberships;

    @Inject
    PartnerRepository partners;

    @Inject
    AuditLog audit;

    @Inject
    FormValidation forms;

    @Inject
    Event<InvitationIssued> issued;

    /**
     * Issues an invitation and returns its link (built on {@code links}, the portal's {@code /invitations/{token}});
     * an unused invitation to the same address for the same partner is revoked by it. Bad input is a
     * {@link FormErrors}.
     */
    @Transactional
    public IssuedInvitation invite(String partnerId, InvitationForm form, String actor, UriBuilder links) {
        PartnerEntity partner = partners.findById(partnerId);
        if (partner == null) {
            throw new NotFoundException("No partner " + partnerId);
        }
        Map<String, String> errors = form.validate(forms.errors(form));
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        String email = form.email.strip();
        OffsetDateTime now = now();
        for (InvitationEntity replaced : invitations.lockUnusedTo(partnerId, email)) {
            Map<String, Object> before = state(replaced, now);
            replaced.revokedAt = now;
            replaced.revokedBy = actor;
            audit.record(actor, "INVITATION_REVOKED", partnerId, "invitation", String.valueOf(replaced.id), before,
                    state(replaced, now), "replaced by a new invitation to the same address");
        }
        String token = InvitationToken.generate();
        InvitationEntity invitation = new InvitationEntity();
        invitation.partnerId = partnerId;
        invitation.email = email;
        invitation.role = form.role;
        invitation.tokenHash = InvitationToken.hash(token);
        invitation.invitedBy = actor;
        invitation.createdAt = now;
        invitation.expiresAt = Invitations.expiresAt(now.toInstant()).atOffset(ZoneOffset.UTC);
        invitations.persist(invitation);
        invitations.flush();
        audit.record(actor, "INVITATION_CREATED", partnerId, "invitation", String.valueOf(invitation.id), null,
                state(invitation, now), null);
        URI link = links.build(token);
        IssuedInvitation result = new IssuedInvitation(invitation.id, partnerId, partner.name, email, invitation.role,
                link, invitation.expiresAt, actor);
        issued.fire(new InvitationIssued(result));
        return result;
    }

    /** The partner's members, for the members pages. */
    @Transactional
    public List<MembershipEntity> members(String partnerId) {
        return memberships.findByPartner(partnerId);
    }

    /** The partner's unused invitations (pending or expired), newest first. */
    @Transactional
    public List<InvitationRow> unused(String partnerId) {
        OffsetDateTime now = now();
        return invitations.unusedOfPartner(partnerId).stream().map(i -> new InvitationRow(i.id, i.email, i.role,
                i.invitedBy, i.createdAt, i.expiresAt, status(i, now))).toList();
    }

    /** Revokes an unused invitation of the partner: 404 when it has none such, 409 when it was used or revoked. */
    @Transactional
    public void revoke(String partnerId, long invitationId, String actor) {
        InvitationEntity invitation = invitations.lockOfPartner(partnerId, invitationId)
                .orElseThrow(() -> new NotFoundException("No such invitation"));
        OffsetDateTime now = now();
        Optional<String> refusal = Invitations.revokeRefusal(status(invitation, now));
        if (refusal.isPresent()) {
            throw ProblemException.conflict(refusal.get());
        }
        Map<String, Object> before = state(invitation, now);
        invitation.revokedAt = now;
        invitation.revokedBy = actor;
        audit.record(actor, "INVITATION_REVOKED", partnerId, "invitation", String.valueOf(invitationId), before,
                state(invitation, now), null);
    }

    /** What the link shows; empty when the token names no invitation. Reads only. */
    @Transactional
    public Optional<OpenedInvitation> open(String token) {
        if (!InvitationToken.wellFormed(token)) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return invitations.byTokenHash(InvitationToken.hash(token)).map(i -> opened(i, now));
    }

    /** The outcome of accepting: the partner joined, or the invitation as shown with why it cannot be used. */
    public record Accepted(String partnerId, OpenedInvitation refused) {
    }

    /**
     * Binds the invitation's role to {@code subject} — whoever opened the link signed in — and uses the invitation
     * up. Already a member of the partner: the memberships merge and the stronger role stays. A token that names no
     * invitation is a 404; an invitation that was used, revoked or has expired is refused and nothing is written.
     */
    @Transactional
    public Accepted accept(String token, String subject, String displayName, String actor) {
        if (!InvitationToken.wellFormed(token)) {
            throw new NotFoundException("No such invitation");
        }
        InvitationEntity invitation = invitations.lockByTokenHash(InvitationToken.hash(token))
                .orElseThrow(() -> new NotFoundException("No such invitation"));
        OffsetDateTime now = now();
        OpenedInvitation opened = opened(invitation, now);
        if (!opened.acceptable()) {
            return new Accepted(invitation.partnerId, opened);
        }
        PartnerRole invited = PartnerRole.of(invitation.role).orElseThrow();
        Optional<MembershipEntity> existing = memberships.lockOfSubject(invitation.partnerId, subject);
        PartnerRole role = Invitations.roleAfterAccepting(
                existing.map(m -> PartnerRole.of(m.role).orElseThrow()), invited);
        Map<String, Object> binding = new LinkedHashMap<>();
        binding.put("invitation", invitation.id);
        binding.put("invitedRole", invited.id());
        if (existing.isPresent()) {
            MembershipEntity membership = existing.get();
            Map<String, Object> before = membership.auditState();
            membership.role = role.id();
            memberships.flush();
            audit.record(actor, "MEMBERSHIP_MERGED", invitation.partnerId, "membership",
                    String.valueOf(membership.id), before, with(membership.auditState(), binding),
                    "already a member: the stronger role stays");
        } else {
            MembershipEntity membership = new MembershipEntity();
            membership.partnerId = invitation.partnerId;
            membership.subject = subject;
            membership.email = invitation.email;
            membership.displayName = displayName == null || displayName.isBlank() ? null : displayName;
            membership.role = role.id();
            memberships.persist(membership);
            memberships.flush();
            audit.record(actor, "MEMBERSHIP_BOUND", invitation.partnerId, "membership", String.valueOf(membership.id),
                    null, with(membership.auditState(), binding), null);
        }
        Map<String, Object> before = state(invitation, now);
        invitation.acceptedAt = now;
        invitation.acceptedBy = subject;
        audit.record(actor, "INVITATION_ACCEPTED", invitation.partnerId, "invitation", String.valueOf(invitation.id),
                before, state(invitation, now), null);
        return new Accepted(invitation.partnerId, null);
    }

    private OpenedInvitation opened(InvitationEntity invitation, OffsetDateTime now) {
        PartnerEntity partner = partners.findById(invitation.partnerId);
        return new OpenedInvitation(invitation.partnerId, partner.name, invitation.email, invitation.role,
                invitation.expiresAt, Invitations.acceptRefusal(status(invitation, now)));
    }

    private static InvitationStatus status(InvitationEntity invitation, OffsetDateTime now) {
        return Invitations.status(now.toInstant(), invitation.expiresAt.toInstant(), instant(invitation.acceptedAt),
                instant(invitation.revokedAt));
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** An invitation's audited state: never its token (nor the hash). */
    private static Map<String, Object> state(InvitationEntity invitation, OffsetDateTime now) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", invitation.email);
        state.put("role", invitation.role);
        state.put("expiresAt", invitation.expiresAt.toString());
        state.put("status", status(invitation, now).name());
        if (invitation.acceptedBy != null) {
            state.put("acceptedBy", invitation.acceptedBy);
        }
        return state;
    }

    private static Map<String, Object> with(Map<String, Object> state, Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(state);
        all.putAll(more);
        return all;
    }
}
