package com.partnerportal.web.simulator;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.scoring.Deployments;
import com.partnerportal.core.whatif.Change;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.support.IsoDate;
import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.MonthValue;
import com.partnerportal.web.support.OneOf;
import com.partnerportal.web.support.Text;
import com.partnerportal.web.support.UsdAmountValidator;
import com.partnerportal.web.support.UsdAmount;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.hibernate.validator.constraints.Range;

/**
 * The what-if form. Beside hypothetical rows — up to {@link #ROWS} customers (segment and ACR in the last two
 * months), certified people (up to two certifications each) and deployments — it changes the partner's own
 * evidence: an existing customer's ACR in a month, a certification added to an existing person, customers and
 * people dropped; and it moves the as-of month. It keeps what was typed, so the page re-renders it with a message
 * per field.
 *
 * <p>Each row is a record whose components carry their Hibernate Validator constraints (the format of an amount,
 * a month, a date, a service level); {@link #changes} then checks what depends on the evidence (which customers and
 * people exist) and turns the rows into core's what-if {@link Change}s.
 */
public class SimulatorForm {

    public static final int ROWS = 3;

    /** The field that lists the customers to drop (one value per customer). */
    public static final String DROP_CUSTOMERS = "dropCustomer";
    /** The field that lists the people to drop (one value per person). */
    public static final String DROP_PEOPLE = "dropPerson";

    /** The raw values, by field name ({@code c1Segment}, {@code a2Usd}, {@code d3Date}, …). */
    public final Map<String, String> values = new LinkedHashMap<>();
    public final Map<String, String> errors = new LinkedHashMap<>();
    /** The ids chosen in the two drop lists. */
    public final Set<String> dropCustomers = new LinkedHashSet<>();
    public final Set<String> dropPeople = new LinkedHashSet<>();

    /** One row of the form: its kind's field prefix and number name its inputs ({@code c1Previous}). */
    interface FormRow {
        String prefix();

        int number();

        /** The input a component of the row is read from: {@code previous} of customer row 1 is {@code c1Previous}. */
        default String field(String component) {
            return prefix() + number() + Character.toUpperCase(component.charAt(0)) + component.substring(1);
        }

        /** Whether nothing was entered in the row (it is then left out). */
        boolean blank();
    }

    /** A hypothetical PAL-attributed customer with its ACR in the month before the as-of month and in it. */
    record NewCustomer(int number, @OneOf(Segment.class) String segment, @UsdAmount String previous,
            @UsdAmount String current) implements FormRow {
        public String prefix() {
            return "c";
        }

        public boolean blank() {
            return previous == null && current == null;
        }
    }

    /** An existing customer's ACR set for one month. */
    record AcrChange(int number, String customer, @MonthValue String month, @UsdAmount String usd) implements FormRow {
        public String prefix() {
            return "a";
        }

        public boolean blank() {
            return customer == null && month == null && usd == null;
        }
    }

    /** A hypothetical certified person with up to two certifications. */
    record NewPerson(int number, @Text(max = Limits.ID) String cert1, @Text(max = Limits.ID) String cert2)
            implements FormRow {
        public String prefix() {
            return "p";
        }

        public boolean blank() {
            return cert1 == null && cert2 == null;
        }
    }

    /** A certification added to an existing person. */
    record AddedCertification(int number, String person, @Text(max = Limits.ID) String certification)
            implements FormRow {
        public String prefix() {
            return "e";
        }

        public boolean blank() {
            return person == null && certification == null;
        }
    }

    /** A hypothetical deployment at an existing or hypothetical customer. */
    record NewDeployment(int number, String customer,
            @Text(max = Limits.NAME, what = "the Azure service") String service,
            @Range(min = Limits.SERVICE_LEVEL_MIN, max = Limits.SERVICE_LEVEL_MAX,
                    message = "a service level from {min} to {max}") String level,
            @IsoDate String date) implements FormRow {
        public String prefix() {
            return "d";
        }

        public boolean blank() {
            return customer == null && service == null;
        }
    }

    public static SimulatorForm of(Map<String, List<String>> fields) {
        SimulatorForm form = new SimulatorForm();
        fields.forEach((name, list) -> {
            if (DROP_CUSTOMERS.equals(name)) {
                list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(form.dropCustomers::add);
            } else if (DROP_PEOPLE.equals(name)) {
                list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(form.dropPeople::add);
            } else if (!list.isEmpty() && list.get(0) != null) {
                form.values.put(name, list.get(0).strip());
            }
        });
        return form;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The field's value, or null when nothing was entered. */
    private String entered(String field) {
        String value = value(field);
        return value.isEmpty() ? null : value;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** One input of the form: its name, what was typed, and its message (empty when fine). */
    public record Field(String name, String value, String error) {
        public boolean invalid() {
            return !error.isEmpty();
        }
    }

    /** One row of the form as the page shows it: its number and its inputs by component. */
    public record Row(int number, Map<String, Field> fields) {
        public Field field(String component) {
            return fields.get(component);
        }
    }

    public List<Row> customerRows() {
        return shown(newCustomers(), "segment", "previous", "current");
    }

    public List<Row> acrRows() {
        return shown(acrChanges(), "customer", "month", "usd");
    }

    public List<Row> personRows() {
        return shown(newPeople(), "cert1", "cert2");
    }

    public List<Row> addedCertificationRows() {
        return shown(addedCertifications(), "person", "certification");
    }

    public List<Row> deploymentRows() {
        return shown(newDeployments(), "customer", "service", "level", "date");
    }

    private List<Row> shown(List<? extends FormRow> rows, String... components) {
        List<Row> shown = new ArrayList<>();
        for (FormRow row : rows) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (String component : components) {
                String name = row.field(component);
                fields.put(component, new Field(name, value(name), error(name)));
            }
            shown.add(new Row(row.number(), fields));
        }
        return shown;
    }

    private <R extends FormRow> List<R> rows(IntFunction<R> row) {
        List<R> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    List<NewCustomer> newCustomers() {
        return rows(i -> new NewCustomer(i, entered("c" + i + "Segment"), entered("c" + i + "Previous"),
                entered("c" + i + "Current")));
    }

    List<AcrChange> acrChanges() {
        return rows(i -> new AcrChange(i, entered("a" + i + "Customer"), entered("a" + i + "Month"),
                entered("a" + i + "Usd")));
    }

    List<NewPerson> newPeople() {
        return rows(i -> new NewPerson(i, entered("p" + i + "Cert1"), entered("p" + i + "Cert2")));
    }

    List<AddedCertification> addedCertifications() {
        return rows(i -> new AddedCertification(i, entered("e" + i + "Person"), entered("e" + i + "Certification")));
    }

    List<NewDeployment> newDeployments() {
        return rows(i -> new NewDeployment(i, entered("d" + i + "Customer"), entered("d" + i + "Service"),
                entered("d" + i + "Level"), entered("d" + i + "Date")));
    }

    /** The field as a month in the portal's range, or null when it is empty, malformed or out of range. */
    YearMonth month(String field) {
        YearMonth month = AsOf.month(value(field));
        return month != null && AsOf.inRange(month) ? month : null;
    }

    /** The as-of month of the simulation: the form's, else {@code current}. Records a message when malformed. */
    YearMonth asOf(YearMonth current) {
        if (value("asOf").isEmpty()) {
            return current;
        }
        YearMonth month = month("asOf");
        if (month == null) {
            errors.put("asOf", "choose a month (YYYY-MM) from " + AsOf.FIRST + " to " + AsOf.LAST);
            return current;
        }
        return month;
    }

    /** Checks the format of every row that was filled in with Hibernate Validator; a message per field. */
    void validate(Validator validator) {
        List<FormRow> rows = new ArrayList<>();
        rows.addAll(newCustomers());
        rows.addAll(acrChanges());
        rows.addAll(newPeople());
        rows.addAll(addedCertifications());
        rows.addAll(newDeployments());
        for (FormRow row : rows) {
            if (row.blank()) {
                continue;
            }
            validator.validate(row).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<FormRow> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(row.field(v.getPropertyPath().toString()), v.getMessage()));
        }
    }

    /**
     * The changes the form describes, for evidence as of {@code asOf}: checks what depends on the evidence (the
     * customers and people chosen exist, a dropped customer is not also changed); messages go to {@link #errors}.
     * Call after {@link #validate}: rows whose fields have messages are left out.
     */
    List<Change> changes(Evidence evidence) {
        YearMonth asOf = evidence.asOf();
        LocalDate asOfDay = asOf.atEndOfMonth();
        List<Change> changes = new ArrayList<>();
        Set<String> customerIds = new LinkedHashSet<>(evidence.customers().stream().map(Customer::id).toList());
        Set<String> personIds = new LinkedHashSet<>(evidence.professionals().stream().map(Professional::id).toList());

        for (String customer : dropCustomers) {
            if (!customerIds.contains(customer)) {
                errors.putIfAbsent(DROP_CUSTOMERS, "choose customers of the partner to drop: " + customer);
            }
        }
        for (String person : dropPeople) {
            if (!personIds.contains(person)) {
                errors.putIfAbsent(DROP_PEOPLE, "choose people of the partner to drop: " + person);
            }
        }
        if (errors.containsKey(DROP_CUSTOMERS) || errors.containsKey(DROP_PEOPLE)) {
            return changes;
        }
        dropCustomers.forEach(customer -> changes.add(new Change.RemoveCustomer(customer)));
        dropPeople.forEach(person -> changes.add(new Change.RemoveProfessional(person)));
        Set<String> kept = new LinkedHashSet<>(customerIds);
        kept.removeAll(dropCustomers);

        for (AcrChange row : acrChanges()) {
            if (row.blank() || invalid(row, "customer", "month", "usd")) {
                continue;
            }
            require(row, "customer", row.customer(), "choose one of the partner's customers");
            require(row, "month", row.month(), "choose a month (YYYY-MM)");
            require(row, "usd", row.usd(), "enter the month's ACR in USD");
            if (row.customer() != null && !kept.contains(row.customer())) {
                errors.put(row.field("customer"), dropCustomers.contains(row.customer())
                        ? "this customer is dropped above" : "choose one of the partner's customers");
            }
            if (!invalid(row, "customer", "month", "usd")) {
                changes.add(new Change.SetAcr(row.customer(), YearMonth.parse(row.month()),
                        UsdAmountValidator.parse(row.usd())));
            }
        }

        List<String> deployable = new ArrayList<>(kept);
        for (NewCustomer row : newCustomers()) {
            if (row.blank() || invalid(row, "segment", "previous", "current")) {
                continue;
            }
            TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();
            if (row.previous() != null) {
                acr.put(asOf.minusMonths(1), UsdAmountValidator.parse(row.previous()));
            }
            if (row.current() != null) {
                acr.put(asOf, UsdAmountValidator.parse(row.current()));
            }
            String id = hypotheticalCustomer(row.number());
            deployable.add(id);
            Segment segment = row.segment() == null ? Segment.SMB : Segment.valueOf(row.segment().toUpperCase());
            changes.add(new Change.AddCustomer(new Customer(id, segment, Set.of(Attribution.PAL), acr)));
        }

        for (NewPerson row : newPeople()) {
            if (row.blank() || invalid(row, "cert1", "cert2")) {
                continue;
            }
            List<Certification> certifications = new ArrayList<>();
            for (String certification : new LinkedHashSet<>(
                    java.util.stream.Stream.of(row.cert1(), row.cert2()).filter(c -> c != null).toList())) {
                certifications.add(new Certification(certification, asOfDay.minusDays(1), null));
            }
            changes.add(new Change.AddProfessional(new Professional("what-if-person-" + row.number(),
                    "Hypothetical person " + row.number(), certifications)));
        }

        for (AddedCertification row : addedCertifications()) {
            if (row.blank() || invalid(row, "person", "certification")) {
                continue;
            }
            require(row, "person", row.person(), "choose one of the partner's people");
            require(row, "certification", row.certification(), "choose a certification");
            if (row.person() != null && (!personIds.contains(row.person()) || dropPeople.contains(row.person()))) {
                errors.put(row.field("person"), dropPeople.contains(row.person())
                        ? "this person is dropped above" : "choose one of the partner's people");
            }
            if (!invalid(row, "person", "certification")) {
                changes.add(new Change.AddCertification(row.person(),
                        new Certification(row.certification(), asOfDay.minusDays(1), null)));
            }
        }

        for (NewDeployment row : newDeployments()) {
            if (row.blank() || invalid(row, "customer", "service", "level", "date")) {
                continue;
            }
            require(row, "service", row.service(), "enter the Azure service");
            if (row.customer() == null || !deployable.contains(row.customer())) {
                errors.put(row.field("customer"), "choose one of the partner's customers or a hypothetical one");
            }
            if (!invalid(row, "customer", "service")) {
                int level = row.level() == null ? Deployments.ELIGIBLE_SERVICE_LEVEL : Integer.parseInt(row.level().strip());
                LocalDate date = row.date() == null ? asOfDay : LocalDate.parse(row.date().strip());
                changes.add(new Change.AddDeployment(new Deployment(row.customer(), row.service(), level, date)));
            }
        }
        return changes;
    }

    /** The id the simulator gives hypothetical customer row {@code number}. */
    static String hypotheticalCustomer(int number) {
        return "WHAT-IF-" + number;
    }

    private boolean invalid(FormRow row, String... components) {
        for (String component : components) {
            if (errors.containsKey(row.field(component))) {
                return true;
            }
        }
        return false;
    }

    private void require(FormRow row, String component, String value, String message) {
        if (value == null) {
            errors.putIfAbsent(row.field(component), message);
        }
    }
}
