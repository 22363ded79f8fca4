package com.partnerportal.core.program;

import static com.partnerportal.core.program.Subcategory.ADVANCED_CERTIFICATIONS;
import static com.partnerportal.core.program.Subcategory.DEPLOYMENTS;
import static com.partnerportal.core.program.Subcategory.INTERMEDIATE_CERTIFICATIONS;
import static com.partnerportal.core.program.Subcategory.NET_CUSTOMER_ADDS;
import static com.partnerportal.core.program.Subcategory.USAGE_GROWTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The program catalogue against the guide's tables. */
class DesignationTest {

    @Test
    void the_six_designations_carry_the_maximum_points_of_the_guides_table() {
        assertThat(Designation.values()).hasSize(6);
        assertThat(points(Designation.BUSINESS_APPLICATIONS)).containsExactly(15, 20, 15, 30, 20);
        assertThat(points(Designation.DATA_AI_AZURE)).containsExactly(30, 40, 0, 20, 10);
        assertThat(points(Designation.DIGITAL_APP_INNOVATION_AZURE)).containsExactly(30, 20, 20, 20, 10);
        assertThat(points(Designation.INFRASTRUCTURE_AZURE)).containsExactly(30, 20, 20, 20, 10);
        assertThat(points(Designation.MODERN_WORK)).containsExactly(20, 10, 15, 30, 25);
        assertThat(points(Designation.SECURITY)).containsExactly(20, 40, 0, 20, 20);
    }

    @Test
    void every_designation_totals_100_points() {
        for (Designation designation : Designation.values()) {
            assertThat(designation.subcategories().stream().mapToInt(designation::maxPoints).sum())
                    .as(designation.name()).isEqualTo(Designation.MAXIMUM_TOTAL);
        }
    }

    @Test
    void data_and_ai_scores_four_subcategories_and_no_advanced_certifications() {
        assertThat(Designation.DATA_AI_AZURE.subcategories())
                .containsExactly(NET_CUSTOMER_ADDS, INTERMEDIATE_CERTIFICATIONS, USAGE_GROWTH, DEPLOYMENTS);
    }

    @Test
    void three_designations_are_azure_and_share_the_stacking_cap() {
        assertThat(Arrays.stream(Designation.values()).filter(Designation::azure)).containsExactly(
                Designation.DATA_AI_AZURE, Designation.DIGITAL_APP_INNOVATION_AZURE, Designation.INFRASTRUCTURE_AZURE);
        assertThat(BenefitCatalogue.STACKING_CAP).isEqualTo(5);
    }

    @Test
    void data_and_ai_has_the_nine_specializations_of_the_guide() {
        assertThat(Designation.DATA_AI_AZURE.specializations()).extracting(Specialization::displayName).containsExactly(
                "AI and Machine Learning on Microsoft Azure",
                "Analytics on Microsoft Azure",
                "Build and Modernize AI Apps with Microsoft Azure",
                "Business Intelligence",
                "Data Warehouse Migration to Microsoft Azure",
                "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI",
                "Infra and Database Migration to Microsoft Azure",
                "Kubernetes on Microsoft Azure",
                "Migrate Enterprise Applications to Microsoft Azure");
    }

    @Test
    void the_data_and_ai_benefits_and_the_per_specialization_increment_are_those_of_the_guide() {
        ProductBenefits benefits = BenefitCatalogue.productBenefits(Designation.DATA_AI_AZURE).orElseThrow();

        assertThat(benefits.azureProductionCreditsUsd()).isEqualTo(6_000);
        assertThat(benefits.visualStudioEnterpriseSubscriptions()).isEqualTo(25);
        assertThat(benefits.powerBiPremiumUsers()).isEqualTo(100);
        assertThat(benefits.microsoft365E3Users()).isEqualTo(100);
        assertThat(benefits.projectOnlinePlan5Users()).isEqualTo(20);
        assertThat(benefits.visioOnlinePlan2Users()).isEqualTo(5);
        assertThat(benefits.softwareLicenses()).contains("100 Windows Server Standard 2022", "16 SQL Server");
        assertThat(BenefitCatalogue.PER_AZURE_SPECIALIZATION).isEqualTo(new SpecializationIncrement(12_000, 10, 30));
    }

    @Test
    void stacked_specializations_are_the_data_ai_ones_and_the_others_together_up_to_5() {
        // scoring rules, "Stacking, exactly": min(5, d + o); the others do not take the cap first
        assertThat(BenefitCatalogue.stacked(3, 0)).isEqualTo(3);
        assertThat(BenefitCatalogue.stacked(7, 0)).isEqualTo(5);
        assertThat(BenefitCatalogue.stacked(3, 3)).isEqualTo(5);
        assertThat(BenefitCatalogue.stacked(1, 0)).isEqualTo(1);
        assertThat(BenefitCatalogue.stacked(0, 2)).isEqualTo(2);
        assertThat(BenefitCatalogue.stacked(3, 6)).isEqualTo(5);
        assertThat(BenefitCatalogue.stackedDataAi(3)).isEqualTo(3);
        assertThat(BenefitCatalogue.stackedDataAi(7)).isEqualTo(5);
        assertThat(BenefitCatalogue.entitlement(BenefitCatalogue.DATA_AI_AZURE, 1))
                .isEqualTo(new Benefits(18_000, 35, 130, 100, 1));
        assertThat(BenefitCatalogue.entitlement(BenefitCatalogue.DATA_AI_AZURE, 5))
                .isEqualTo(new Benefits(66_000, 75, 250, 100, 5));
    }

    private static int[] points(Designation designation) {
        return Arrays.stream(new Subcategory[] {NET_CUSTOMER_ADDS, INTERMEDIATE_CERTIFICATIONS, ADVANCED_CERTIFICATIONS,
                USAGE_GROWTH, DEPLOYMENTS}).mapToInt(designation::maxPoints).toArray();
    }
}
