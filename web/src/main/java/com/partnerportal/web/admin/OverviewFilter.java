package com.partnerportal.web.admin;

import com.partnerportal.persistence.overview.OverviewCriteria.Sort;
import com.partnerportal.web.error.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The program overview's query parameters, checked: a text filter, five yes/no/any filters (renewal: due within the
 * renewal days), the path, the sort
 * column and direction. Anything else is a 400 naming the parameter.
 */
public record OverviewFilter(String q, Boolean attained, String path, Boolean risk, Boolean pending,
        Boolean renewal, String sort, String dir) {

    /** The sortable columns by their name in the URL. */
    static final Map<String, Sort> SORTS = Map.of("partner", Sort.PARTNER, "name", Sort.NAME, "score", Sort.SCORE,
            "margin", Sort.MARGIN, "attained", Sort.ATTAINED, "path", Sort.PATH, "rules", Sort.RULE_SET,
            "risk", Sort.RISK, "pending", Sort.PENDING);

    public static final int MAX_TEXT = 100;

    public static OverviewFilter parse(String q, String attained, String path, String risk, String pending,
            String renewal, String sort, String dir) {
        List<String> problems = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            problems.add("q: at most " + MAX_TEXT + " characters");
        }
        String pathValue = path == null || path.isBlank() ? "" : path.strip().toUpperCase(Locale.ROOT);
        if (!pathValue.isEmpty() && !pathValue.equals("SMB") && !pathValue.equals("ENTERPRISE")) {
            problems.add("path: SMB or ENTERPRISE: " + path);
        }
        String sortValue = sort == null || sort.isBlank() ? "partner" : sort.strip();
        if (!SORTS.containsKey(sortValue)) {
            problems.add("sort: one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()) + ": " + sort);
        }
        String dirValue = dir == null || dir.isBlank() ? "asc" : dir.strip();
        if (!dirValue.equals("asc") && !dirValue.equals("desc")) {
            problems.add("dir: asc or desc: " + dir);
        }
        Boolean attainedValue = yesNo("attained", attained, problems);
        Boolean riskValue = yesNo("risk", risk, problems);
        Boolean pendingValue = yesNo("pending", pending, problems);
        Boolean renewalValue = yesNo("renewal", renewal, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("Invalid query parameter", problems);
        }
        return new OverviewFilter(text, attainedValue, pathValue, riskValue, pendingValue, renewalValue, sortValue,
                dirValue);
    }

    private static Boolean yesNo(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                problems.add(name + ": yes or no: " + value);
                yield null;
            }
        };
    }

    Sort sortColumn() {
        return SORTS.get(sort);
    }

    boolean descending() {
        return dir.equals("desc");
    }

    /** The filters as a query string (without sort and page), starting with {@code ?}: for links and the CSV. */
    public String query() {
        StringBuilder query = new StringBuilder("?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        query.append("&attained=").append(word(attained)).append("&path=").append(path)
                .append("&risk=").append(word(risk)).append("&pending=").append(word(pending))
                .append("&renewal=").append(word(renewal));
        return query.toString();
    }

    /** yes, no or empty, as the select boxes take it. */
    public String attainedWord() {
        return word(attained);
    }

    public String riskWord() {
        return word(risk);
    }

    public String pendingWord() {
        return word(pending);
    }

    public String renewalWord() {
        return word(renewal);
    }

    private static String word(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }
}
