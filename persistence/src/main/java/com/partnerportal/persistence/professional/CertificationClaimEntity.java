package com.partnerportal.persistence.professional;

import com.partnerportal.persistence.association.ReviewedAssociation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A certification a partner admin claims for one of the partner's professionals, reviewed per certification like an
 * association ({@link ReviewedAssociation}); it scores once approved, with its professional approved too.
 */
@Entity
@Table(name = "certification_claim")
public class CertificationClaimEntity extends ReviewedAssociation {

    @Column(name = "professional_ref", nullable = false)
    public Long professionalRef;

    /** A catalogue id ({@code core.scoring.DataAiCertification}) or {@code OTHER}. */
    @Column(name = "certification_id", nullable = false, length = 100)
    public String certificationId;

    @Column(name = "other_name", length = 200)
    public String otherName;

    @Column(nullable = false)
    public LocalDate earned;

    public LocalDate expires;

    /** A Microsoft Learn transcript share link or a credential id. */
    @Column(nullable = false, length = 500)
    public String proof;

    /**
     * The approved link this one edits (issue 12, point 1: an approved link is edited as a new submission beside it;
     * approving this one ends that one); null for a link that edits none.
     */
    @Column(name = "revises")
    public Long revises;
}
