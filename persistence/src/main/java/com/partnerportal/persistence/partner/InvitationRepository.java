package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Invitations: by the hash of their link's secret, and a partner's unused ones. */
@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<InvitationEntity, Long> {

    /** The invitation whose secret hashes to {@code tokenHash}, read without a lock (the invitation page). */
    public Optional<InvitationEntity> byTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /**
     * The same, locked for update until the transaction ends: of two people opening one link at once, the second
     * waits and then sees it used.
     */
    public Optional<InvitationEntity> lockByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The partner's invitation, locked for update; empty when the partner has no such invitation. */
    public Optional<InvitationEntity> lockOfPartner(String partnerId, long id) {
        return find("partnerId = ?1 and id = ?2", partnerId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The partner's invitations neither used nor revoked (pending or expired), newest first. */
    public List<InvitationEntity> unusedOfPartner(String partnerId) {
        return list("partnerId = ?1 and acceptedAt is null and revokedAt is null order by createdAt desc, id desc",
                partnerId);
    }

    /** The partner's unused invitations to an address (any case), locked: a new invitation replaces them. */
    public List<InvitationEntity> lockUnusedTo(String partnerId, String email) {
        return find("partnerId = ?1 and lower(email) = lower(?2) and acceptedAt is null and revokedAt is null",
                partnerId, email).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
