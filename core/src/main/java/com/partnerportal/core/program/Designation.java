package com.partnerportal.core.program;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The six Solutions Partner designations with the maximum points of each subcategory, as in the
 * program guide's table "Understanding the partner capability score" (the same on both paths).
 */
public enum Designation {
    //                                                                 net adds, interm., adv., usage, depl.
    BUSINESS_APPLICATIONS("Solutions Partner for Business Applications", false, 15, 20, 15, 30, 20),
    DATA_AI_AZURE("Solutions Partner for Data & AI (Azure)", true, 30, 40, 0, 20, 10),
    DIGITAL_APP_INNOVATION_AZURE("Solutions Partner for Digital & App Innovation (Azure)", true, 30, 20, 20, 20, 10),
    INFRASTRUCTURE_AZURE("Solutions Partner for Infrastructure (Azure)", true, 30, 20, 20, 20, 10),
    MODERN_WORK("Solutions Partner for Modern Work", false, 20, 10, 15, 30, 25),
    SECURITY("Solutions Partner for Security", false, 20, 40, 0, 20, 20);

    /** A designation is attained with at least this total (and at least 1 point in every subcategory). */
    public static final int MINIMUM_TOTAL = 70;
    /** The highest total of every designation. */
    public static final int MAXIMUM_TOTAL = 100;

    private final String displayName;
    private final boolean azure;
    private final Map<Subcategory, Integer> maxPoints = new EnumMap<>(Subcategory.class);

    Designation(String displayName, boolean azure, int netCustomerAdds, int intermediateCertifications,
            int advancedCertifications, int usageGrowth, int deployments) {
        this.displayName = displayName;
        this.azure = azure;
        int[] points = {netCustomerAdds, intermediateCertifications, advancedCertifications, usageGrowth, deployments};
        for (Subcategory subcategory : Subcategory.values()) {
            if (points[subcategory.ordinal()] > 0) {
                maxPoints.put(subcategory, points[subcategory.ordinal()]);
            }
        }
    }

    public String displayName() {
        return displayName;
    }

    /** Infrastructure, Data & AI and Digital & App Innovation share the specialization stacking cap. */
    public boolean azure() {
        return azure;
    }

    /** The subcategories this designation scores, in the guide's order. */
    public List<Subcategory> subcategories() {
        return List.copyOf(maxPoints.keySet());
    }

    /** The maximum points of a subcategory; 0 when the designation does not score it. */
    public int maxPoints(Subcategory subcategory) {
        return maxPoints.getOrDefault(subcategory, 0);
    }

    /** The specializations catalogued for this designation (the portal catalogues those of Data & AI). */
    public List<Specialization> specializations() {
        return this == DATA_AI_AZURE ? List.of(Specialization.values()) : List.of();
    }
}
