package com.partnerportal.core.evidence.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.PartnerId;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an evidence v1 file by hand, collecting every problem with its JSON path instead of stopping at the first;
 * the file is accepted only when there is none. The file is streamed: the large arrays ({@code customers},
 * {@code professionals}) are read one element at a time (only that element's tree is in memory), and every array is
 * capped ({@link #MAX_ITEMS}, {@link #MAX_ACR_MONTHS}); nesting depth, string and number lengths are capped by the
 * parser ({@link JsonSupport#EVIDENCE_MAPPER}).
 */
final class EvidenceReader {

    /** The most items each array may hold: a file with more is refused, naming the array. */
    static final Map<String, Integer> MAX_ITEMS = Map.of("customers", 100_000, "professionals", 100_000,
            "deployments", 100_000, "specializations", 100, "certifications", 500, "attributions", 10);
    /** The most months one customer's {@code acr} may hold (a century). */
    static final int MAX_ACR_MONTHS = 1_200;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_DECIMALS = 2;

    private static final Set<String> ROOT_FIELDS = Set.of("schemaVersion", "asOf", "partner", "customers",
            "professionals", "deployments", "specializations", "otherAzureSpecializations");
    private static final Set<String> PARTNER_FIELDS = Set.of("id", "name");
    private static final Set<String> CUSTOMER_FIELDS = Set.of("id", "segment", "attributions", "acr");
    private static final Set<String> PROFESSIONAL_FIELDS = Set.of("id", "name", "certifications");
    private static final Set<String> CERTIFICATION_FIELDS = Set.of("id", "earned", "expires");
    private static final Set<String> DEPLOYMENT_FIELDS = Set.of("customerId", "service", "serviceLevel", "date");
    private static final Set<String> SPECIALIZATION_FIELDS = Set.of("id", "earned");

    private final List<Problem> problems = new ArrayList<>();

    /** A top-level array read element by element: its items (null when one was invalid) and its ids, by index. */
    private record Streamed<T>(List<T> items, List<String> ids) {
    }

    private Streamed<Customer> streamedCustomers;
    private Streamed<Professional> streamedProfessionals;

    /**
     * The evidence, or an {@link EvidenceValidationException} naming every problem.
     *
     * @throws IOException when the input cannot be read or is not JSON (the caller says where)
     */
    static Evidence read(JsonParser parser) throws IOException {
        EvidenceReader reader = new EvidenceReader();
        Evidence evidence = reader.evidence(parser);
        if (!reader.problems.isEmpty()) {
            throw new EvidenceValidationException(reader.problems);
        }
        return evidence;
    }

    /**
     * Reads the top-level object field by field: {@code customers} and {@code professionals} element by element as
     * they stream past, every other field as a (small) tree, then checks the whole as {@link #evidence(JsonNode)}.
     */
    private Evidence evidence(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problem("$", "empty document");
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            problem("$", "must be an object");
            return null;
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && name.equals("customers")) {
                root.putArray(name);
                streamedCustomers = stream(parser, name, this::customer);
            } else if (value == JsonToken.START_ARRAY && name.equals("professionals")) {
                root.putArray(name);
                streamedProfessionals = stream(parser, name, this::professional);
            } else {
                root.set(name, parser.readValueAsTree());
            }
        }
        if (parser.nextToken() != null) {
            problem("$", "not valid JSON: content after the end of the document");
            return null;
        }
        return evidence(root);
    }

    /** The items of the array the parser is at (its START_ARRAY), read one at a time; at most MAX_ITEMS. */
    private <T> Streamed<T> stream(JsonParser parser, String field, ElementReader<T> element) throws IOException {
        int max = MAX_ITEMS.get(field);
        List<T> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean valid = true;
        int i = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), i++) {
            if (i >= max) {
                if (i == max) {
                    problem(field, "at most " + max + " items");
                }
                parser.skipChildren();
                valid = false;
                continue;
            }
            JsonNode node = parser.readValueAsTree();
            JsonNode id = node.get("id");
            ids.add(id != null && id.isTextual() ? id.textValue() : null);
            T item = element.read(node, field + "[" + i + "]");
            if (item == null) {
                valid = false;
            } else if (valid) {
                items.add(item);
            }
        }
        return new Streamed<>(valid ? items : null, ids);
    }

    private Evidence evidence(JsonNode root) {
        onlyKnownFields(root, "", ROOT_FIELDS);
        JsonNode version = present(root, "schemaVersion", "schemaVersion", true);
        if (version != null && !(version.isIntegralNumber() && version.asLong() == 1)) {
            problem("schemaVersion", "must be 1");
        }
        YearMonth asOf = month(present(root, "asOf", "asOf", true), "asOf");
        Partner partner = partner(present(root, "partner", "partner", true));
        List<Customer> customers = streamedCustomers != null ? streamedCustomers.items()
                : list(root, "customers", this::customer);
        Set<String> customerIds = streamedCustomers == null ? Set.of() : new HashSet<>(streamedCustomers.ids());
        List<Professional> professionals = streamedProfessionals != null ? streamedProfessionals.items()
                : list(root, "professionals", this::professional);
        List<Deployment> deployments = list(root, "deployments", (node, path) -> deployment(node, path, customerIds));
        List<HeldSpecialization> specializations = list(root, "specializations", this::specialization);
        duplicates(streamedCustomers, "customers");
        duplicates(streamedProfessionals, "professionals");
        Integer other = integer(present(root, "otherAzureSpecializations", "otherAzureSpecializations", false),
                "otherAzureSpecializations", 0);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Evidence(asOf, partner, customers, professionals, deployments, specializations, other == null ? 0 : other);
    }

    private Partner partner(JsonNode node) {
        if (node == null || !object(node, "partner", PARTNER_FIELDS)) {
            return null;
        }
        String id = string(present(node, "id", "partner.id", true), "partner.id", true);
        String name = string(present(node, "name", "partner.name", false), "partner.name", false);
        if (id != null && !PartnerId.isValid(id)) {
            problem("partner.id", PartnerId.RULE);
            return null;
        }
        return id == null ? null : new Partner(id, name);
    }

    private Customer customer(JsonNode node, String path) {
        if (!object(node, path, CUSTOMER_FIELDS)) {
            return null;
        }
        String id = string(present(node, "id", path + ".id", true), path + ".id", true);
        Segment segment = enumValue(present(node, "segment", path + ".segment", true), path + ".segment", Segment.class);
        Set<Attribution> attributions = attributions(present(node, "attributions", path + ".attributions", true),
                path + ".attributions");
        Map<YearMonth, BigDecimal> acr = acr(present(node, "acr", path + ".acr", false), path + ".acr");
        if (id == null || segment == null || attributions == null || acr == null) {
            return null;
        }
        return new Customer(id, segment, attributions, acr);
    }

    private Set<Attribution> attributions(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problem(path, "must be an array");
            return null;
        }
        if (node.isEmpty()) {
            problem(path, "must not be empty");
            return null;
        }
        if (node.size() > MAX_ITEMS.get("attributions")) {
            problem(path, "at most " + MAX_ITEMS.get("attributions") + " items");
            return null;
        }
        Set<Attribution> attributions = EnumSet.noneOf(Attribution.class);
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            Attribution attribution = enumValue(node.get(i), path + "[" + i + "]", Attribution.class);
            if (attribution == null) {
                valid = false;
            } else {
                attributions.add(attribution);
            }
        }
        return valid ? attributions : null;
    }

    private Map<YearMonth, BigDecimal> acr(JsonNode node, String path) {
        Map<YearMonth, BigDecimal> acr = new TreeMap<>();
        if (node == null) {
            return acr;
        }
        if (!node.isObject()) {
            problem(path, "must be an object of YYYY-MM to USD amounts");
            return null;
        }
        if (node.size() > MAX_ACR_MONTHS) {
            problem(path, "at most " + MAX_ACR_MONTHS + " months");
            return null;
        }
        boolean valid = true;
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String monthPath = path + "." + entry.getKey();
            YearMonth month = parseMonth(entry.getKey());
            if (month == null) {
                problem(monthPath, "not a month");
            }
            BigDecimal amount = amount(entry.getValue(), monthPath);
            if (month == null || amount == null) {
                valid = false;
            } else {
                acr.put(month, amount);
            }
        }
        return valid ? acr : null;
    }

    private BigDecimal amount(JsonNode node, String path) {
        if (node.isNull()) {
            problem(path, "required");
            return null;
        }
        if (!node.isNumber()) {
            problem(path, "must be a number");
            return null;
        }
        BigDecimal amount = node.decimalValue();
        if (amount.signum() < 0) {
            problem(path, "must be ≥ 0");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problem(path, "must have at most 2 decimals");
            return null;
        }
        return amount;
    }

    private Professional professional(JsonNode node, String path) {
        if (!object(node, path, PROFESSIONAL_FIELDS)) {
            return null;
        }
        String id = string(present(node, "id", path + ".id", true), path + ".id", true);
        String name = string(present(node, "name", path + ".name", false), path + ".name", false);
        List<Certification> certifications = list(node, path + ".certifications", "certifications", this::certification);
        return id == null || certifications == null ? null : new Professional(id, name, certifications);
    }

    private Certification certification(JsonNode node, String path) {
        if (!object(node, path, CERTIFICATION_FIELDS)) {
            return null;
        }
        String id = string(present(node, "id", path + ".id", true), path + ".id", true);
        LocalDate earned = date(present(node, "earned", path + ".earned", true), path + ".earned");
        JsonNode expiresNode = present(node, "expires", path + ".expires", false);
        LocalDate expires = date(expiresNode, path + ".expires");
        if (earned != null && expires != null && expires.isBefore(earned)) {
            problem(path + ".expires", "must not be before earned (" + earned + ")");
            return null;
        }
        if (id == null || earned == null || (expiresNode != null && expires == null)) {
            return null;
        }
        return new Certification(id, earned, expires);
    }

    private Deployment deployment(JsonNode node, String path, Set<String> customerIds) {
        if (!object(node, path, DEPLOYMENT_FIELDS)) {
            return null;
        }
        String customerId = string(present(node, "customerId", path + ".customerId", true), path + ".customerId", true);
        if (customerId != null && !customerIds.contains(customerId)) {
            problem(path + ".customerId", "no customer " + customerId + " in this file");
        }
        String service = string(present(node, "service", path + ".service", true), path + ".service", true);
        Integer level = integer(present(node, "serviceLevel", path + ".serviceLevel", true), path + ".serviceLevel", 1);
        LocalDate date = date(present(node, "date", path + ".date", true), path + ".date");
        if (customerId == null || service == null || level == null || date == null) {
            return null;
        }
        return new Deployment(customerId, service, level, date);
    }

    private HeldSpecialization specialization(JsonNode node, String path) {
        if (!object(node, path, SPECIALIZATION_FIELDS)) {
            return null;
        }
        Specialization id = enumValue(present(node, "id", path + ".id", true), path + ".id", Specialization.class);
        LocalDate earned = date(present(node, "earned", path + ".earned", true), path + ".earned");
        return id == null || earned == null ? null : new HeldSpecialization(id, earned);
    }

    // ---------------------------------------------------------------- shared checks

    private interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    /** An optional top-level array (missing means empty). */
    private <T> List<T> list(JsonNode root, String field, ElementReader<T> element) {
        return list(root, field, field, element);
    }

    private <T> List<T> list(JsonNode parent, String path, String field, ElementReader<T> element) {
        JsonNode node = present(parent, field, path, false);
        List<T> items = new ArrayList<>();
        if (node == null) {
            return items;
        }
        if (!node.isArray()) {
            problem(path, "must be an array");
            return null;
        }
        Integer max = MAX_ITEMS.get(field);
        if (max != null && node.size() > max) {
            problem(path, "at most " + max + " items");
            return null;
        }
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            T item = element.read(node.get(i), path + "[" + i + "]");
            if (item == null) {
                valid = false;
            } else {
                items.add(item);
            }
        }
        return valid ? items : null;
    }

    /** Ids unique within customers[] and within professionals[] (the ids as read, by index). */
    private void duplicates(Streamed<?> streamed, String field) {
        if (streamed == null) {
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < streamed.ids().size(); i++) {
            String id = streamed.ids().get(i);
            if (id != null && !id.isBlank()) {
                Integer earlier = first.putIfAbsent(id, i);
                if (earlier != null) {
                    problem(field + "[" + i + "].id", "duplicate id " + id + " (also " + field + "[" + earlier + "])");
                }
            }
        }
    }

    private boolean object(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        onlyKnownFields(node, path, allowed);
        return true;
    }

    private void onlyKnownFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(path.isEmpty() ? name : path + "." + name, "unknown field");
            }
        }
    }

    /** The field's value; null (and a "required" problem when required) when it is missing or JSON null. */
    private JsonNode present(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path, "required");
            }
            return null;
        }
        return node;
    }

    private String string(JsonNode node, String path, boolean nonBlank) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problem(path, "must be a string");
            return null;
        }
        if (nonBlank && node.textValue().isBlank()) {
            problem(path, "must not be blank");
            return null;
        }
        return node.textValue();
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
        if (node == null) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        if (node.isTextual()) {
            for (E constant : constants) {
                if (constant.name().equals(node.textValue())) {
                    return constant;
                }
            }
        }
        problem(path, "must be " + choices(constants, Enum::name));
        return null;
    }

    private Integer integer(JsonNode node, String path, int minimum) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < minimum) {
            problem(path, "must be an integer ≥ " + minimum);
            return null;
        }
        return node.intValue();
    }

    private YearMonth month(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        YearMonth month = node.isTextual() ? parseMonth(node.textValue()) : null;
        if (month == null) {
            problem(path, "not a month");
        }
        return month;
    }

    private LocalDate date(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problem(path, "not a date");
        return null;
    }

    private static YearMonth parseMonth(String text) {
        if (!MONTH.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static <E> String choices(E[] values, Function<E, String> name) {
        List<String> names = Arrays.stream(values).map(name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
