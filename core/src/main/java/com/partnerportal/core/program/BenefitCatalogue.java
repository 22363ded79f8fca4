package com.partnerportal.core.program;

import java.util.List;
import java.util.Optional;

/** Product benefits of the designations, per-specialization increments and the stacking cap, as data. */
public final class BenefitCatalogue {

    /**
     * At most this many specializations stack, counted across all Azure specializations and expert
     * programs of the three Azure designations together.
     */
    public static final int STACKING_CAP = 5;

    /** Benefits of Solutions Partner for Data & AI (Azure), per year. */
    public static final ProductBenefits DATA_AI_AZURE = new ProductBenefits(
            6_000, 25, 100, 100, 20, 5,
            List.of("D365 Operations Application Partner Sandbox",
                    "D365 Sales, Field Service and Customer Service Partner Sandbox"),
            List.of("100 Windows Server Standard 2022", "32 Windows Server 2022 Datacenter", "16 SQL Server",
                    "100 System Center Standard", "select CALs"),
            "bulk offer delayed; in the interim dev/test credits are provided with Visual Studio Enterprise");

    /** What each stacked Azure specialization adds, per year. */
    public static final SpecializationIncrement PER_AZURE_SPECIALIZATION = new SpecializationIncrement(12_000, 10, 30);

    private BenefitCatalogue() {
    }

    /** The catalogued product benefits of a designation (the portal catalogues Data & AI (Azure)). */
    public static Optional<ProductBenefits> productBenefits(Designation designation) {
        return designation == Designation.DATA_AI_AZURE ? Optional.of(DATA_AI_AZURE) : Optional.empty();
    }

    /**
     * How many specializations stack (scoring rules, "Stacking, exactly"): min(5, {@code dataAi} + {@code other}),
     * where {@code dataAi} is the number of distinct Data & AI specializations earned on or before the as-of day and
     * {@code other} the Azure specializations and expert programs held under the other two Azure designations. The
     * others do not take the cap first: every stacked specialization adds its increment.
     */
    public static int stacked(int dataAi, int other) {
        return Math.min(STACKING_CAP, Math.max(0, dataAi) + Math.max(0, other));
    }

    /** How many of the stacked specializations are Data & AI ones: min(5, {@code dataAi}). */
    public static int stackedDataAi(int dataAi) {
        return Math.min(STACKING_CAP, Math.max(0, dataAi));
    }

    /** The scorecard's benefits for an attained designation with {@code stacked} specializations stacked. */
    public static Benefits entitlement(ProductBenefits designation, int stacked) {
        SpecializationIncrement increment = PER_AZURE_SPECIALIZATION;
        return new Benefits(
                designation.azureProductionCreditsUsd() + stacked * increment.azureProductionCreditsUsd(),
                designation.visualStudioEnterpriseSubscriptions() + stacked * increment.visualStudioEnterpriseSubscriptions(),
                designation.microsoft365E3Users() + stacked * increment.microsoft365E3Users(),
                designation.powerBiPremiumUsers(),
                stacked);
    }
}
