package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.CustomerFixture;
import com.partnerportal.core.evidence.EvidenceFixture;
import com.partnerportal.core.program.Subcategory;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Performance — net customer adds", as of 2024-03: baseline 2023-02, 2023-03; recent 2024-02, 2024-03. */
class NetCustomerAddsTest {

    private static NetCustomerAddsExplanation score(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build()).explanation().netCustomerAdds();
    }

    private static CustomerLine.Outcome outcomeOf(CustomerFixture customer) {
        return score(evidence().customer(customer)).customers().get(0).outcome();
    }

    @Test
    void a_customer_at_exactly_usd_500_in_a_recent_month_after_a_zero_baseline_adds_one_on_the_smb_path() {
        NetCustomerAddsExplanation nca = score(evidence().customer(customer("C-1").acr("2024-03", "500")));

        assertThat(nca.net()).isEqualTo(1);
        assertThat(nca.points()).isEqualTo(10);
        assertThat(nca.customers().get(0).contribution()).isEqualTo(1);
    }

    @Test
    void a_customer_one_cent_below_usd_500_adds_nothing_on_the_smb_path() {
        assertThat(outcomeOf(customer("C-1").acr("2024-03", "499.99"))).isEqualTo(CustomerLine.Outcome.BELOW_THRESHOLD);
    }

    @Test
    void on_the_enterprise_path_the_threshold_is_exactly_usd_1_000() {
        // Enterprise path through the enterprise share of 100 %.
        NetCustomerAddsExplanation nca = score(evidence()
                .customer(customer("C-1").enterprise().acr("2024-02", "1000"))
                .customer(customer("C-2").enterprise().acr("2024-03", "999.99")));

        assertThat(nca.thresholdUsd()).isEqualByComparingTo("1000");
        assertThat(nca.customers()).extracting(CustomerLine::outcome)
                .containsExactly(CustomerLine.Outcome.ADDED, CustomerLine.Outcome.BELOW_THRESHOLD);
        assertThat(nca.net()).isEqualTo(1);
    }

    @Test
    void the_previous_month_counts_as_a_recent_month() {
        assertThat(outcomeOf(customer("C-1").acr("2024-02", "600"))).isEqualTo(CustomerLine.Outcome.ADDED);
    }

    @Test
    void a_customer_at_the_threshold_in_a_baseline_month_and_below_it_in_both_recent_months_counts_minus_one() {
        NetCustomerAddsExplanation nca = score(evidence()
                .customer(customer("C-1").acr("2023-02", "500").acr("2024-02", "499.99").acr("2024-03", "10")));

        assertThat(nca.customers().get(0).outcome()).isEqualTo(CustomerLine.Outcome.LOST);
        assertThat(nca.net()).isEqualTo(-1);
        assertThat(nca.points()).isZero();
    }

    @Test
    void a_customer_with_any_baseline_acr_is_not_new() {
        assertThat(outcomeOf(customer("C-1").acr("2023-03", "0.01").acr("2024-03", "900")))
                .isEqualTo(CustomerLine.Outcome.NOT_NEW);
    }

    @Test
    void a_customer_at_the_threshold_in_both_periods_is_retained_and_counts_zero() {
        assertThat(outcomeOf(customer("C-1").acr("2023-03", "800").acr("2024-02", "800")))
                .isEqualTo(CustomerLine.Outcome.RETAINED);
    }

    @Test
    void months_outside_the_four_considered_do_not_matter() {
        assertThat(outcomeOf(customer("C-1").acr("2023-01", "5000").acr("2023-04", "5000").acr("2024-01", "5000")))
                .isEqualTo(CustomerLine.Outcome.BELOW_THRESHOLD);
    }

    @Test
    void as_of_january_the_months_roll_over_the_year() {
        NetCustomerAddsExplanation nca = score(evidence().asOf("2024-01")
                .customer(customer("C-1").acr("2023-12", "700"))
                .customer(customer("C-2").acr("2022-12", "700").acr("2024-01", "100"))
                .customer(customer("C-3").acr("2023-01", "0").acr("2024-01", "500")));

        assertThat(nca.baselineMonths()).extracting(Object::toString).containsExactly("2022-12", "2023-01");
        assertThat(nca.recentMonths()).extracting(Object::toString).containsExactly("2023-12", "2024-01");
        assertThat(nca.customers()).extracting(CustomerLine::outcome).containsExactly(
                CustomerLine.Outcome.ADDED, CustomerLine.Outcome.LOST, CustomerLine.Outcome.ADDED);
    }

    @Test
    void net_adds_beyond_three_earn_no_more_than_30_points() {
        EvidenceFixture evidence = evidence();
        for (int i = 1; i <= 5; i++) {
            evidence.customer(customer("C-" + i).acr("2024-03", "500"));
        }
        NetCustomerAddsExplanation nca = score(evidence);

        assertThat(nca.net()).isEqualTo(5);
        assertThat(nca.points()).isEqualTo(30);
    }

    @Test
    void losses_are_subtracted_from_adds() {
        NetCustomerAddsExplanation nca = score(evidence()
                .customer(customer("C-1").acr("2024-03", "500"))
                .customer(customer("C-2").acr("2024-03", "500"))
                .customer(customer("C-3").acr("2023-03", "500")));

        assertThat(nca.added()).isEqualTo(2);
        assertThat(nca.lost()).isEqualTo(1);
        assertThat(nca.points()).isEqualTo(10);
    }

    @Test
    void a_customer_attributed_through_pal_dpor_and_csp_counts_once() {
        NetCustomerAddsExplanation nca = score(evidence()
                .customer(customer("C-1").attributions(Attribution.PAL, Attribution.DPOR, Attribution.CSP).acr("2024-03", "500")));

        assertThat(nca.net()).isEqualTo(1);
    }

    @Test
    void a_customer_without_an_eligible_attribution_does_not_count() {
        NetCustomerAddsExplanation nca = score(evidence().customer(customer("C-1").unattributed().acr("2024-03", "5000")));

        assertThat(nca.net()).isZero();
        assertThat(nca.customers().get(0).outcome()).isEqualTo(CustomerLine.Outcome.NOT_ATTRIBUTED);
    }

    @Test
    void the_scorecard_metric_carries_the_points_and_the_maximum_of_30() {
        Scorecard scorecard = ScoreCalculator.score(evidence().customer(customer("C-1").acr("2024-03", "500")).build());

        assertThat(scorecard.metric(Subcategory.NET_CUSTOMER_ADDS)).isEqualTo(new Metric(Subcategory.NET_CUSTOMER_ADDS, 10, 30));
    }
}
