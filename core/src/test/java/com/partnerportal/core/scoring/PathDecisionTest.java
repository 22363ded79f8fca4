package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.EvidenceFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Path". */
class PathDecisionTest {

    @Test
    void a_partner_without_customers_is_on_the_smb_path() {
        PathExplanation path = ScoreCalculator.score(evidence().build()).explanation().path();

        assertThat(path.path()).isEqualTo(Path.SMB);
        assertThat(path.attributedCustomers()).isZero();
        assertThat(path.why()).contains("no attributed customers");
    }

    @Test
    void driving_revenue_of_exactly_usd_1_000_000_puts_the_partner_on_the_enterprise_path() {
        PathExplanation path = ScoreCalculator.score(evidence()
                .customer(customer("C-1").acr("2023-04", "400000").acr("2024-03", "600000"))
                .build()).explanation().path();

        assertThat(path.drivingRevenueUsd()).isEqualByComparingTo("1000000");
        assertThat(path.path()).isEqualTo(Path.ENTERPRISE);
        assertThat(path.reason()).isEqualTo(PathExplanation.Reason.REVENUE);
    }

    @Test
    void driving_revenue_one_cent_below_usd_1_000_000_keeps_the_smb_path() {
        PathExplanation path = ScoreCalculator.score(evidence()
                .customer(customer("C-1").acr("2023-04", "400000").acr("2024-03", "599999.99"))
                .build()).explanation().path();

        assertThat(path.path()).isEqualTo(Path.SMB);
    }

    @Test
    void driving_revenue_sums_the_trailing_twelve_months_only() {
        PathExplanation path = ScoreCalculator.score(evidence()
                .customer(customer("C-1").acr("2023-03", "900000").acr("2023-04", "100").acr("2024-03", "200")
                        .acr("2024-04", "900000"))
                .customer(customer("C-2").acr("2023-10", "0.50"))
                .build()).explanation().path();

        assertThat(path.drivingRevenueUsd()).isEqualByComparingTo("300.50");
        assertThat(path.ttmFrom()).hasToString("2023-04");
        assertThat(path.ttmTo()).hasToString("2024-03");
    }

    @Test
    void an_enterprise_share_of_exactly_20_percent_keeps_the_smb_path() {
        PathExplanation path = ScoreCalculator.score(customers(1, 5)).explanation().path();

        assertThat(path.enterpriseSharePercent()).isEqualByComparingTo("20.00");
        assertThat(path.path()).isEqualTo(Path.SMB);
    }

    @Test
    void an_enterprise_share_just_above_20_percent_puts_the_partner_on_the_enterprise_path() {
        PathExplanation path = ScoreCalculator.score(customers(2001, 10000)).explanation().path();

        assertThat(path.enterpriseSharePercent()).isEqualByComparingTo("20.01");
        assertThat(path.path()).isEqualTo(Path.ENTERPRISE);
        assertThat(path.reason()).isEqualTo(PathExplanation.Reason.ENTERPRISE_SHARE);
    }

    @Test
    void only_attributed_customers_count_for_the_path() {
        PathExplanation path = ScoreCalculator.score(evidence()
                .customer(customer("C-1").enterprise().unattributed().acr("2024-03", "2000000"))
                .customer(customer("C-2"))
                .build()).explanation().path();

        assertThat(path.path()).isEqualTo(Path.SMB);
        assertThat(path.attributedCustomers()).isEqualTo(1);
        assertThat(path.drivingRevenueUsd()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void revenue_and_share_together_are_both_named() {
        PathExplanation path = ScoreCalculator.score(evidence()
                .customer(customer("C-1").enterprise().acr("2024-01", "1000000"))
                .build()).explanation().path();

        assertThat(path.reason()).isEqualTo(PathExplanation.Reason.REVENUE_AND_ENTERPRISE_SHARE);
        assertThat(path.why()).contains("USD 1,000,000", "100.00 %");
    }

    private static com.partnerportal.core.evidence.Evidence customers(int enterprise, int total) {
        EvidenceFixture evidence = evidence();
        for (int i = 0; i < total; i++) {
            evidence.customer(i < enterprise ? customer("C-" + i).enterprise() : customer("C-" + i));
        }
        return evidence.build();
    }
}
