package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.EvidenceFixture;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Customer success — usage growth": current = ACR of 2024-03, baseline = ACR of 2023-03. */
class UsageGrowthTest {

    private static UsageGrowthExplanation growth(String baseline, String current) {
        return score(evidence().customer(customer("C-1").acr("2023-03", baseline).acr("2024-03", current)));
    }

    private static UsageGrowthExplanation score(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build()).explanation().usageGrowth();
    }

    @Test
    void growth_from_1000_20_to_1150_23_is_exactly_15_percent_and_earns_15_points() {
        // (1150.23 − 1000.2) / 1000.2 × 100 is 14.999999999999998 in binary floating point.
        UsageGrowthExplanation usage = growth("1000.2", "1150.23");

        assertThat(usage.growthPercent()).isEqualByComparingTo("15.00");
        assertThat(usage.points()).isEqualTo(15);
        assertThat(usage.outcome()).isEqualTo(UsageGrowthExplanation.Outcome.GREW);
    }

    @Test
    void growth_of_19_99_percent_earns_19_points() {
        UsageGrowthExplanation usage = growth("10000", "11999");

        assertThat(usage.growthPercent()).isEqualByComparingTo("19.99");
        assertThat(usage.points()).isEqualTo(19);
    }

    @Test
    void growth_of_20_percent_or_more_earns_the_maximum_of_20() {
        assertThat(growth("1000", "1200").points()).isEqualTo(20);
        UsageGrowthExplanation usage = growth("1000", "5000");
        assertThat(usage.points()).isEqualTo(20);
        assertThat(usage.outcome()).isEqualTo(UsageGrowthExplanation.Outcome.CAPPED);
    }

    @Test
    void a_current_total_below_usd_1_000_does_not_qualify() {
        UsageGrowthExplanation usage = growth("100", "999.99");

        assertThat(usage.points()).isZero();
        assertThat(usage.outcome()).isEqualTo(UsageGrowthExplanation.Outcome.BELOW_MINIMUM);
        assertThat(usage.why()).contains("below the USD 1,000 needed to qualify");
    }

    @Test
    void a_current_total_of_exactly_usd_1_000_qualifies() {
        assertThat(growth("900", "1000").points()).isEqualTo(11);
    }

    @Test
    void a_baseline_of_zero_leaves_growth_undefined_and_earns_nothing() {
        UsageGrowthExplanation usage = score(evidence().customer(customer("C-1").acr("2024-03", "5000")));

        assertThat(usage.baselineUsd()).isEqualByComparingTo("0");
        assertThat(usage.growthPercent()).isNull();
        assertThat(usage.points()).isZero();
        assertThat(usage.outcome()).isEqualTo(UsageGrowthExplanation.Outcome.NO_BASELINE);
    }

    @Test
    void shrinking_usage_earns_nothing() {
        UsageGrowthExplanation usage = growth("2000", "1500");

        assertThat(usage.growthPercent()).isEqualByComparingTo("-25.00");
        assertThat(usage.points()).isZero();
        assertThat(usage.outcome()).isEqualTo(UsageGrowthExplanation.Outcome.NO_GROWTH);
    }

    @Test
    void growth_sums_the_attributed_customers_in_month_m_and_m_minus_12_only() {
        UsageGrowthExplanation usage = score(evidence()
                .customer(customer("C-1").acr("2023-03", "500").acr("2024-03", "600").acr("2024-02", "9999"))
                .customer(customer("C-2").acr("2023-03", "500").acr("2024-03", "600").acr("2023-02", "9999"))
                .customer(customer("C-3").unattributed().acr("2023-03", "1").acr("2024-03", "9999")));

        assertThat(usage.currentUsd()).isEqualByComparingTo("1200");
        assertThat(usage.baselineUsd()).isEqualByComparingTo("1000");
        assertThat(usage.points()).isEqualTo(20);
    }

    @Test
    void as_of_january_the_baseline_is_january_of_the_year_before() {
        UsageGrowthExplanation usage = score(evidence().asOf("2024-01")
                .customer(customer("C-1").acr("2023-01", "1000").acr("2024-01", "1100").acr("2023-12", "50000")));

        assertThat(usage.baselineMonth()).hasToString("2023-01");
        assertThat(usage.points()).isEqualTo(10);
    }
}
