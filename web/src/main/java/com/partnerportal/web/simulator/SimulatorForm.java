package com.partnerportal.web.simulator;

import com.partnerportal.web.support.Limits;
import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.whatif.Change;
import com.partnerportal.web.support.AsOf;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The what-if form: up to {@link #ROWS} hypothetical customers (segment and ACR in the last two months),
 * certified people (up to two certifications each), deployments, and the as-of month. It keeps what was typed,
 * so the page re-renders it with a message per field.
 */
public class SimulatorForm {

    public static final int ROWS = 3;

    /** The raw values, by field name ({@code c1Segment}, {@code p2Cert1}, {@code d3Date}, …). */
    public final Map<String, String> values = new LinkedHashMap<>();
    public final Map<String, String> errors = new LinkedHashMap<>();

    public static SimulatorForm of(Map<String, List<String>> fields) {
        SimulatorForm form = new SimulatorForm();
        fields.forEach((name, list) -> {
            if (!list.isEmpty() && list.get(0) != null) {
                form.values.put(name, list.get(0).strip());
            }
        });
        return form;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
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

    /** One row of the form: its number and its inputs by role ({@code segment}, {@code previous}, …). */
    public record Row(int number, Map<String, Field> fields) {
        public Field field(String role) {
            return fields.get(role);
        }
    }

    public List<Row> customerRows() {
        return rows("c", Map.of("segment", "Segment", "previous", "Previous", "current", "Current"));
    }

    public List<Row> personRows() {
        return rows("p", Map.of("cert1", "Cert1", "cert2", "Cert2"));
    }

    public List<Row> deploymentRows() {
        return rows("d", Map.of("customer", "Customer", "service", "Service", "level", "Level", "date", "Date"));
    }

    private List<Row> rows(String prefix, Map<String, String> roles) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Map.Entry<String, String> role : roles.entrySet()) {
                String name = prefix + i + role.getValue();
                fields.put(role.getKey(), new Field(name, value(name), error(name)));
            }
            rows.add(new Row(i, fields));
        }
        return rows;
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

    /** The hypothetical changes the form describes, for evidence as of {@code asOf}; messages go to {@link #errors}. */
    List<Change> changes(Evidence evidence) {
        YearMonth asOf = evidence.asOf();
        List<Change> changes = new ArrayList<>();
        List<String> customerIds = new ArrayList<>(evidence.customers().stream().map(Customer::id).toList());
        for (int i = 1; i <= ROWS; i++) {
            BigDecimal previous = amount("c" + i + "Previous");
            BigDecimal current = amount("c" + i + "Current");
            if (previous == null && current == null) {
                continue;
            }
            Segment segment = Segment.SMB;
            try {
                segment = Segment.valueOf(value("c" + i + "Segment").isEmpty() ? "SMB" : value("c" + i + "Segment"));
            } catch (IllegalArgumentException e) {
                errors.put("c" + i + "Segment", "choose SMB, SMC or ENTERPRISE");
            }
            TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();
            if (previous != null) {
                acr.put(asOf.minusMonths(1), previous);
            }
            if (current != null) {
                acr.put(asOf, current);
            }
            String id = "WHAT-IF-" + i;
            customerIds.add(id);
            changes.add(new Change.AddCustomer(new Customer(id, segment, Set.of(Attribution.PAL), acr)));
        }
        LocalDate asOfDay = asOf.atEndOfMonth();
        for (int i = 1; i <= ROWS; i++) {
            List<Certification> certifications = new ArrayList<>();
            for (String field : List.of("p" + i + "Cert1", "p" + i + "Cert2")) {
                if (!value(field).isEmpty()) {
                    certifications.add(new Certification(value(field), asOfDay.minusDays(1), null));
                }
            }
            if (!certifications.isEmpty()) {
                changes.add(new Change.AddProfessional(new Professional("what-if-person-" + i,
                        "Hypothetical person " + i, certifications)));
            }
        }
        for (int i = 1; i <= ROWS; i++) {
            String customer = value("d" + i + "Customer");
            String service = value("d" + i + "Service");
            if (customer.isEmpty() && service.isEmpty()) {
                continue;
            }
            if (!customerIds.contains(customer)) {
                errors.put("d" + i + "Customer", "choose one of the partner's customers or a hypothetical one");
            }
            if (service.isEmpty() || service.length() > 200) {
                errors.put("d" + i + "Service", "enter the Azure service (at most 200 characters)");
            }
            int level = 2;
            try {
                level = Integer.parseInt(value("d" + i + "Level").isEmpty() ? "2" : value("d" + i + "Level"));
                if (level < 1 || level > 9) {
                    errors.put("d" + i + "Level", "a service level from 1 to 9");
                }
            } catch (NumberFormatException e) {
                errors.put("d" + i + "Level", "a service level from 1 to 9");
            }
            LocalDate date = asOfDay;
            try {
                date = value("d" + i + "Date").isEmpty() ? asOfDay : LocalDate.parse(value("d" + i + "Date"));
            } catch (DateTimeParseException e) {
                errors.put("d" + i + "Date", "a date (YYYY-MM-DD)");
            }
            if (!errors.containsKey("d" + i + "Customer") && !errors.containsKey("d" + i + "Service")) {
                changes.add(new Change.AddDeployment(new Deployment(customer, service, level, date)));
            }
        }
        return changes;
    }

    private BigDecimal amount(String field) {
        String raw = value(field).replace(",", "");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(raw);
            if (amount.signum() < 0 || amount.compareTo(Limits.MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
                errors.put(field, "an amount in USD, at least 0, with at most 2 decimals");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.put(field, "an amount in USD, e.g. 1250.50");
            return null;
        }
    }
}
