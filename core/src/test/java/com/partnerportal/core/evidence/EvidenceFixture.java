package com.partnerportal.core.evidence;

import com.partnerportal.core.program.Specialization;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds evidence for tests: {@code evidence().asOf("2024-03").customer(customer("C-1")...).build()}. */
public final class EvidenceFixture {

    private YearMonth asOf = YearMonth.of(2024, 3);
    private String partnerId = "P-1";
    private final List<Customer> customers = new ArrayList<>();
    private final List<Professional> professionals = new ArrayList<>();
    private final List<Deployment> deployments = new ArrayList<>();
    private final List<HeldSpecialization> specializations = new ArrayList<>();
    private int otherAzureSpecializations;

    private EvidenceFixture() {
    }

    /** Evidence as of 2024-03 for partner P-1, with nothing in it. */
    public static EvidenceFixture evidence() {
        return new EvidenceFixture();
    }

    public EvidenceFixture asOf(String month) {
        this.asOf = YearMonth.parse(month);
        return this;
    }

    public EvidenceFixture partner(String id) {
        this.partnerId = id;
        return this;
    }

    public EvidenceFixture customer(CustomerFixture customer) {
        customers.add(customer.build());
        return this;
    }

    public EvidenceFixture customer(Customer customer) {
        customers.add(customer);
        return this;
    }

    public EvidenceFixture professional(ProfessionalFixture professional) {
        professionals.add(professional.build());
        return this;
    }

    public EvidenceFixture professional(Professional professional) {
        professionals.add(professional);
        return this;
    }

    public EvidenceFixture deployment(String customerId, String service, int serviceLevel, String date) {
        deployments.add(new Deployment(customerId, service, serviceLevel, LocalDate.parse(date)));
        return this;
    }

    /** A service level 2 deployment of a given service. */
    public EvidenceFixture deployment(String customerId, String service, String date) {
        return deployment(customerId, service, 2, date);
    }

    public EvidenceFixture specialization(Specialization id, String earned) {
        specializations.add(new HeldSpecialization(id, LocalDate.parse(earned)));
        return this;
    }

    public EvidenceFixture otherAzureSpecializations(int count) {
        this.otherAzureSpecializations = count;
        return this;
    }

    public Evidence build() {
        return new Evidence(asOf, new Partner(partnerId, "Partner " + partnerId), customers, professionals, deployments,
                specializations, otherAzureSpecializations);
    }
}
