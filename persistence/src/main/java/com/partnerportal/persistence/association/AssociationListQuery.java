package com.partnerportal.persistence.association;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationListCriteria.Sort;
import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * A partner's customer associations, professionals and certification links as pages: searched, sorted and paged in
 * PostgreSQL (issue 12, point 5), so a partner with 5,000 of each reads 50 at a time. Every statement is bound to the
 * partner; the sort column comes from {@link Sort}, never from the request. The search expressions are those of the
 * trigram indexes of migration V110 (the index is used only for the very same expression).
 */
@ApplicationScoped
public class AssociationListQuery {

    /** The customer's searchable text: its id and name (index {@code customer_search_idx}). */
    public static final String CUSTOMER_TEXT = "lower(c.customer_id || chr(10) || coalesce(c.name, ''))";

    /** The professional's searchable text: MCID and name (index {@code professional_search_idx}). */
    public static final String PROFESSIONAL_TEXT = "lower(p.person_id || chr(10) || coalesce(p.name, ''))";

    private static final String CERTIFICATION = "case when a.certification_id = 'OTHER' then a.other_name"
            + " else a.certification_id end";

    private static final String CUSTOMERS = """
             from customer_association a
             join customer c on c.partner_id = a.partner_id and c.id = a.customer_ref
            where a.partner_id = :partner""";

    private static final String PROFESSIONALS = """
             from professional_association a
             join professional p on p.partner_id = a.partner_id and p.id = a.professional_ref
            where a.partner_id = :partner""";

    private static final String CERTIFICATIONS = """
             from certification_claim a
             join professional p on p.partner_id = a.partner_id and p.id = a.professional_ref
            where a.partner_id = :partner""";

    private static final String STATE_COLUMNS = """
            , a.state, a.submitted_by, a.submitted_at, a.decided_by, a.decided_at, a.reason, a.version""";

    @Inject
    EntityManager em;

    /**
     * How many of the partner's associations of the kind match the search. Without a search the association table
     * alone answers (an index-only count): every association has its customer or professional (foreign keys).
     */
    @Transactional(TxType.SUPPORTS)
    public int count(AssociationListCriteria criteria) {
        NativeQuery<Scalars.Count> query = em.unwrap(Session.class).createNativeQuery("select count(*)"
                + (pattern(criteria.text()) == null
                        ? " from " + AssociationRepository.table(criteria.kind()) + " a where a.partner_id = :partner"
                        : from(criteria)), Scalars.Count.class);
        bind(query, criteria);
        return Math.toIntExact(query.getSingleResult().value());
    }

    /** One page of them, in the criteria's order. */
    @Transactional(TxType.SUPPORTS)
    public List<AssociationRecord> page(AssociationListCriteria criteria) {
        String direction = criteria.descending() ? " desc" : " asc";
        NativeQuery<Tuple> query = em.unwrap(Session.class).createNativeQuery(select(criteria.kind())
                + from(criteria) + " order by " + expression(criteria.kind(), criteria.sort()) + direction
                + " nulls last, a.id" + direction, Tuple.class);
        bind(query, criteria);
        query.setFirstResult(criteria.offset()).setMaxResults(criteria.limit());
        return query.getResultStream().map(row -> record(criteria.kind(), row)).toList();
    }

    private static String select(AssociationKind kind) {
        return switch (kind) {
            case CUSTOMER -> "select a.id, a.partner_id, c.id as subject_ref, c.customer_id as subject_id,"
                    + " c.name as subject_name, c.segment as detail, a.type, a.reference" + STATE_COLUMNS
                    + ", cast(null as date) as earned, cast(null as date) as expires";
            case PROFESSIONAL -> "select a.id, a.partner_id, p.id as subject_ref, p.person_id as subject_id,"
                    + " p.name as subject_name, p.email as detail, cast(null as varchar) as type,"
                    + " cast(null as varchar) as reference" + STATE_COLUMNS
                    + ", cast(null as date) as earned, cast(null as date) as expires";
            case CERTIFICATION -> "select a.id, a.partner_id, p.id as subject_ref, p.person_id as subject_id,"
                    + " p.name as subject_name, " + CERTIFICATION + " as detail, cast(null as varchar) as type,"
                    + " a.proof as reference" + STATE_COLUMNS + ", a.earned, a.expires";
        };
    }

    private static String from(AssociationListCriteria criteria) {
        boolean search = pattern(criteria.text()) != null;
        return switch (criteria.kind()) {
            case CUSTOMER -> CUSTOMERS + (search ? " and " + CUSTOMER_TEXT + " like :pattern" : "");
            case PROFESSIONAL -> PROFESSIONALS + (search ? " and " + PROFESSIONAL_TEXT + " like :pattern" : "");
            case CERTIFICATION -> CERTIFICATIONS + (search ? " and (" + PROFESSIONAL_TEXT + " like :pattern or lower("
                    + CERTIFICATION + ") like :pattern)" : "");
        };
    }

    /** The SQL of a sort column for a kind (each an allow-listed constant). */
    static String expression(AssociationKind kind, Sort sort) {
        String subject = kind == AssociationKind.CUSTOMER ? "c" : "p";
        return switch (sort) {
            case SUBJECT -> kind == AssociationKind.CUSTOMER ? "c.customer_id" : "p.person_id";
            case NAME -> "lower(" + subject + ".name)";
            case DETAIL -> switch (kind) {
                case CUSTOMER -> "c.segment";
                case PROFESSIONAL -> "lower(p.email)";
                case CERTIFICATION -> "lower(" + CERTIFICATION + ")";
            };
            case TYPE -> "a.type";
            case STATE -> "a.state";
            case SUBMITTED -> "a.submitted_at";
            case DECIDED -> "a.decided_at";
            case EARNED -> "a.earned";
            case EXPIRES -> "a.expires";
            case ADDED -> "a.created_at";
        };
    }

    private static void bind(Query query, AssociationListCriteria criteria) {
        query.setParameter("partner", criteria.partnerId());
        String pattern = pattern(criteria.text());
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
    }

    /** {@code %text%} with LIKE's wildcards in the text escaped (lower case); null when there is nothing to find. */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static AssociationRecord record(AssociationKind kind, Tuple t) {
        return new AssociationRecord(kind, t.get("id", Number.class).longValue(), t.get("partner_id", String.class),
                t.get("subject_ref", Number.class).longValue(), t.get("subject_id", String.class),
                t.get("subject_name", String.class), t.get("detail", String.class), t.get("type", String.class),
                t.get("reference", String.class), AssociationState.valueOf(t.get("state", String.class)),
                t.get("submitted_by", String.class), utc(t.get("submitted_at")), t.get("decided_by", String.class),
                utc(t.get("decided_at")), t.get("reason", String.class), t.get("version", Number.class).longValue(),
                day(t.get("earned")), day(t.get("expires")));
    }

    private static OffsetDateTime utc(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static LocalDate day(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }
}
