package com.partnerportal.web.admin;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.MembershipRepository;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormValidation;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import com.partnerportal.web.designation.DesignationService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Program admins' changes to partners and memberships; each one writes an audit event in its transaction. */
@ApplicationScoped
public class AdminService {

    @Inject
    DesignationService designations;

    @Inject
    ScoreLedger ledger;

    @Inject
    PartnerRepository partners;

    @Inject
    MembershipRepository memberships;

    @Inject
    AuditLog audit;

    @Inject
    FormValidation forms;

    @Transactional
    public List<PartnerEntity> partners() {
        return partners.listByName();
    }

    /** The partner, or 404. */
    @Transactional
    public PartnerEntity partner(String partnerId) {
        PartnerEntity partner = partners.findById(partnerId);
        if (partner == null) {
            throw new NotFoundException("No partner " + partnerId);
        }
        return partner;
    }

    @Transactional
    public List<MembershipEntity> memberships(String partnerId) {
        return memberships.findByPartner(partnerId);
    }

    /** Creates a partner; a taken id is a field error. */
    @Transactional
    public PartnerEntity create(PartnerForm form, String actor) {
        Map<String, String> errors = form.validate(true, forms.errors(form));
        String id = Forms.blankToNull(form.partnerId);
        if (errors.isEmpty() && partners.findById(id) != null) {
            errors.put("partnerId", "a partner with the id " + id + " already exists");
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        PartnerEntity partner = new PartnerEntity();
        partner.partnerId = id;
        partner.name = form.name.strip();
        partner.anniversaryDate = form.anniversary();
        partners.persist(partner);
        partners.flush();
        audit.record(actor, "PARTNER_CREATED", id, "partner", id, null, state(partner), null);
        ledger.evidenceChanged(id);
        return partner;
    }

    /**
     * Changes a partner's name and anniversary date; 409 when someone changed it since the form was opened. A new
     * anniversary date is a correction of the designation record (issue 16, point 5), 409 when core refuses it.
     */
    @Transactional
    public PartnerEntity update(String partnerId, PartnerForm form, String actor) {
        PartnerEntity partner = partner(partnerId);
        Map<String, String> errors = form.validate(false, forms.errors(form));
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        PartnerVersionCheck.require(partner, form.version);
        Map<String, Object> before = state(partner);
        partner.name = form.name.strip();
        if (form.anniversary() != null && !form.anniversary().equals(partner.anniversaryDate)) {
            // Through the designation lifecycle: core's mayCorrectAnniversary, an appended, audited correction
            // (which sets the partner's anniversary date); the record of what happened stays.
            designations.correctAnniversary(partnerId, form.anniversary(), actor);
        }
        Map<String, Object> after = state(partner);
        if (!before.equals(after)) {
            partners.flush();
            audit.record(actor, "PARTNER_UPDATED", partnerId, "partner", partnerId, before, after, null);
            ledger.evidenceChanged(partnerId);
        }
        return partner;
    }

    /**
     * Adds a member by the identity provider's subject; someone already a member is a field error. (People whose
     * subject is not known yet are invited by e-mail: {@code web.invitations}.)
     */
    @Transactional
    public MembershipEntity addMember(String partnerId, MembershipForm form, String actor) {
        partner(partnerId);
        Map<String, String> errors = form.validate(forms.errors(form));
        String subject = Forms.blankToNull(form.subject);
        if (errors.isEmpty() && memberships.ofSubject(partnerId, subject).isPresent()) {
            errors.put("subject", "already a member of " + partnerId);
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        MembershipEntity membership = new MembershipEntity();
        membership.partnerId = partnerId;
        membership.subject = subject;
        membership.role = form.role;
        memberships.persist(membership);
        memberships.flush();
        audit.record(actor, "MEMBERSHIP_ADDED", partnerId, "membership", String.valueOf(membership.id), null,
                membership.auditState(), null);
        return membership;
    }

    /** Removes a membership of the partner; 404 when the partner has no such membership. */
    @Transactional
    public void removeMember(String partnerId, long membershipId, String actor) {
        MembershipEntity membership = memberships.findById(membershipId);
        if (membership == null || !membership.partnerId.equals(partnerId)) {
            throw new NotFoundException("No such membership");
        }
        Map<String, Object> before = membership.auditState();
        memberships.delete(membership);
        audit.record(actor, "MEMBERSHIP_REMOVED", partnerId, "membership", String.valueOf(membershipId), before, null,
                null);
    }

    private static Map<String, Object> state(PartnerEntity partner) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnerId", partner.partnerId);
        state.put("name", partner.name);
        state.put("anniversaryDate", partner.anniversaryDate == null ? null : partner.anniversaryDate.toString());
        return state;
    }
}
