package com.partnerportal.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.evidence.AcrWindow;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.ScorecardJson;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The set-based recompute hands core each customer's ACR figures already summed by the database
 * ({@link Customer#summed}) instead of its months: scored so, the evidence must give the very scorecard its months
 * give — the same figures with the same scale, so that the ledger's stored JSON is byte for byte the same (the
 * ledger compares it with the stored one before writing) — under both rule sets.
 *
 * <p>The figures are summed here the way PostgreSQL's {@code sum(amount) filter (where …)} does, not by
 * {@link AcrWindow#of}: the window's rows in no particular order (here: newest first), a sum of no row is null and
 * counts as {@link BigDecimal#ZERO}, and a numeric sum keeps the largest scale of its terms.
 */
class SummedAcrPropertiesTest {

    @Provide
    Arbitrary<Evidence> evidence() {
        return EvidenceArbitraries.evidence();
    }

    @Property(tries = 400)
    void summed_figures_score_as_the_months_do_under_both_rule_sets(@ForAll("evidence") Evidence evidence) {
        Evidence summed = summedAsTheDatabaseDoes(evidence);
        assertThat(summed.customers()).allMatch(Customer::isSummed);

        for (RuleSet ruleSet : List.of(RuleSets.DATA_AI_AZURE_2024, RuleSets.DATA_AI_AZURE_2026)) {
            Scorecard fromMonths = ScoreCalculator.score(evidence, ruleSet);
            Scorecard fromSums = ScoreCalculator.score(summed, ruleSet);
            assertThat(fromSums).as(ruleSet.id()).isEqualTo(fromMonths);
            assertThat(ScorecardJson.writeStored(fromSums)).as(ruleSet.id())
                    .isEqualTo(ScorecardJson.writeStored(fromMonths));
            assertThat(ScorecardJson.write(fromSums)).as(ruleSet.id()).isEqualTo(ScorecardJson.write(fromMonths));
        }
    }

    @Property(tries = 200)
    void the_database_s_sums_are_the_one_pass_s_figures_in_value_and_scale(@ForAll("evidence") Evidence evidence) {
        for (Customer customer : evidence.customers()) {
            AcrWindow database = figuresAsTheDatabaseSums(customer, evidence.asOf());
            AcrWindow onePass = AcrWindow.of(customer.acr(), evidence.asOf());
            assertThat(database).isEqualTo(onePass); // BigDecimal.equals: value and scale
            assertThat(database.ttm().scale()).isEqualTo(onePass.ttm().scale());
        }
    }

    @Property(tries = 100)
    void figures_summed_for_one_month_are_refused_for_another(@ForAll("evidence") Evidence evidence) {
        Evidence summed = summedAsTheDatabaseDoes(evidence);
        if (summed.customers().isEmpty()) {
            return;
        }
        assertThatThrownBy(() -> ScoreCalculator.score(summed.withAsOf(evidence.asOf().plusMonths(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("summed as of " + evidence.asOf())
                .hasMessageContaining("not as of " + evidence.asOf().plusMonths(1));
    }

    /** The evidence with every customer carrying the figures summed as the database sums them. */
    static Evidence summedAsTheDatabaseDoes(Evidence evidence) {
        List<Customer> customers = new ArrayList<>();
        for (Customer customer : evidence.customers()) {
            customers.add(Customer.summed(customer.id(), customer.segment(), customer.attributions(),
                    figuresAsTheDatabaseSums(customer, evidence.asOf())));
        }
        return evidence.withCustomers(customers);
    }

    private static AcrWindow figuresAsTheDatabaseSums(Customer customer, YearMonth asOf) {
        // the rows of the read: the window M-13 … M, newest first
        List<Map.Entry<YearMonth, BigDecimal>> rows = new ArrayList<>(customer.acr()
                .subMap(asOf.minusMonths(13), asOf.plusMonths(1)).entrySet());
        java.util.Collections.reverse(rows);
        return new AcrWindow(asOf,
                sum(rows, month -> month.equals(asOf.minusMonths(13))),
                sum(rows, month -> month.equals(asOf.minusMonths(12))),
                sum(rows, month -> month.equals(asOf.minusMonths(1))),
                sum(rows, month -> month.equals(asOf)),
                sum(rows, month -> !month.isBefore(asOf.minusMonths(11))));
    }

    /** {@code coalesce(sum(amount) filter (where …), 0)}: null for no row, the exact sum with the largest scale. */
    private static BigDecimal sum(List<Map.Entry<YearMonth, BigDecimal>> rows, Predicate<YearMonth> where) {
        BigDecimal sum = null;
        for (Map.Entry<YearMonth, BigDecimal> row : rows) {
            if (where.test(row.getKey())) {
                sum = sum == null ? row.getValue() : sum.add(row.getValue());
            }
        }
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
