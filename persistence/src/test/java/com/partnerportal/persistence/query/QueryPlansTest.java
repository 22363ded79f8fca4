package com.partnerportal.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Native queries whose plans Hibernate finds again: a statement run twice makes its plan once. A native query typed
 * by a basic class never finds its plan again (each call adds a key of the same hash to the plan cache, which then
 * walks them on every lookup), so the portal's native queries answer records ({@link Scalars} for one column).
 */
@QuarkusTest
class QueryPlansTest {

    /** A native query's result class given as a basic type: {@code createNativeQuery(…, Long.class)}. */
    static final Pattern BASIC_RESULT = Pattern.compile(
            "createNativeQuery\\((?:[^;]*?),\\s*(LocalDate|LocalDateTime|Instant|OffsetDateTime|Date|Timestamp|Long"
                    + "|Integer|Short|Double|BigDecimal|BigInteger|String|Boolean|UUID|Object|byte\\[\\])\\.class\\)",
            Pattern.DOTALL);

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    /** Plans made by each of three calls of the same statement. */
    private List<Long> plansMade(Function<Session, Object> call) {
        Statistics statistics = sessionFactory.getStatistics();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            QuarkusTransaction.requiringNew().run(() -> call.apply(em.unwrap(Session.class)));
            made.add(statistics.getQueryPlanCacheMissCount());
        }
        return made;
    }

    @Test
    void aStatementTypedByARecordMakesItsPlanOnce() {
        assertThat(plansMade(s -> s.createNativeQuery("select count(*) from partner where partner_id = ?1",
                Scalars.Count.class).setParameter(1, "P-0001").getSingleResult().value()))
                .as("plans made by three calls").containsExactly(1L, 0L, 0L);
        assertThat(plansMade(s -> s.createNativeQuery("select max(cast(created_at as date)) from partner",
                Scalars.Day.class).getSingleResult()))
                .containsExactly(1L, 0L, 0L);
    }

    /**
     * Why {@link Scalars} exists: the same statement typed by a basic class makes a plan on every call. If an upgrade
     * of Hibernate finds these plans again, this fails: then basic result classes are fine again, and the rule below
     * and {@link Scalars} can go.
     */
    @Test
    void aStatementTypedByABasicClassMakesAPlanOnEveryCall() {
        assertThat(plansMade(s -> s.createNativeQuery("select max(cast(created_at as date)) from partner",
                LocalDate.class).getSingleResult()))
                .containsExactly(1L, 1L, 1L);
    }

    @Test
    void noNativeQueryOfThePortalAsksForABasicResultClass() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = BASIC_RESULT.matcher(Files.readString(file));
                    while (matcher.find()) {
                        found.add(file.getFileName() + ": " + matcher.group(1) + ".class");
                    }
                }
            }
        }
        assertThat(found).as("native queries typed by a basic class (use a record, e.g. Scalars)").isEmpty();
        assertThat(BASIC_RESULT.matcher("em.createNativeQuery(\"select 1\", Long.class)").find())
                .as("the rule sees such a query").isTrue();
    }
}
