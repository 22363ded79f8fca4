package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.persistence.association.AssociationListCriteria;
import com.partnerportal.persistence.association.AssociationListCriteria.Sort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of one list of a partner's associations (issue 12, point 5), checked: the search text, the
 * sort column (by its name in the URL, allow-listed per kind) and direction, the page (from 1) and its size (at most
 * {@value #MAX_SIZE}). Each problem is named after the parameter as the request spelled it.
 */
public record AssociationListParameters(AssociationKind kind, String q, String sort, String dir, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_TEXT = 100;
    public static final int MAX_PAGE = 999_999;
    public static final String DEFAULT_SORT = "added";
    public static final String DEFAULT_DIR = "desc";

    /** Each kind's sortable columns by their name in the URL, in the order of the table's columns. */
    static final Map<AssociationKind, Map<String, Sort>> SORTS = Map.of(
            AssociationKind.CUSTOMER, sorts("customer", Sort.SUBJECT, "name", Sort.NAME, "segment", Sort.DETAIL,
                    "type", Sort.TYPE, "state", Sort.STATE, "submitted", Sort.SUBMITTED, "decided", Sort.DECIDED,
                    "added", Sort.ADDED),
            AssociationKind.PROFESSIONAL, sorts("mcid", Sort.SUBJECT, "name", Sort.NAME, "email", Sort.DETAIL,
                    "state", Sort.STATE, "submitted", Sort.SUBMITTED, "decided", Sort.DECIDED, "added", Sort.ADDED),
            AssociationKind.CERTIFICATION, sorts("mcid", Sort.SUBJECT, "name", Sort.NAME, "certification",
                    Sort.DETAIL, "earned", Sort.EARNED, "expires", Sort.EXPIRES, "state", Sort.STATE, "submitted",
                    Sort.SUBMITTED, "decided", Sort.DECIDED, "added", Sort.ADDED));

    private static Map<String, Sort> sorts(Object... pairs) {
        Map<String, Sort> sorts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            sorts.put((String) pairs[i], (Sort) pairs[i + 1]);
        }
        return sorts;
    }

    /** The first page of a kind's list, newest first, unfiltered. */
    public static AssociationListParameters first(AssociationKind kind, String q, int size) {
        return new AssociationListParameters(kind, q, DEFAULT_SORT, DEFAULT_DIR, 1, size);
    }

    /**
     * Checks one list's parameters. {@code names} says how the request spells them (the API: {@code sort},
     * {@code dir}, {@code page}; the page of three lists: {@code customers.sort} …). Problems are added to
     * {@code problems}; the answer then holds the defaults in place of the bad values.
     */
    public static AssociationListParameters parse(AssociationKind kind, String q, String sort, String dir,
            String page, String size, Names names, List<String> problems) {
        return new AssociationListParameters(kind, text(q, problems), sort(kind, sort, names.sort(), problems),
                direction(dir, names.dir(), problems), number(page, names.page(), 1, MAX_PAGE, 1, problems),
                size(size, problems));
    }

    /** The search text: at most {@value #MAX_TEXT} characters, no control characters. */
    static String text(String q, List<String> problems) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            problems.add("q: at most " + MAX_TEXT + " characters");
            return "";
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            problems.add("q: no control characters");
            return "";
        }
        return text;
    }

    /** The page size: 1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when absent. */
    static int size(String size, List<String> problems) {
        return number(size, "size", 1, MAX_SIZE, DEFAULT_SIZE, problems);
    }

    private static String sort(AssociationKind kind, String sort, String name, List<String> problems) {
        String value = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
        if (!SORTS.get(kind).containsKey(value)) {
            problems.add(name + ": one of " + String.join(", ", SORTS.get(kind).keySet()) + ": " + sort);
            return DEFAULT_SORT;
        }
        return value;
    }

    private static String direction(String dir, String name, List<String> problems) {
        String value = dir == null || dir.isBlank() ? DEFAULT_DIR : dir.strip();
        if (!value.equals("asc") && !value.equals("desc")) {
            problems.add(name + ": asc or desc: " + dir);
            return DEFAULT_DIR;
        }
        return value;
    }

    private static int number(String raw, String name, int min, int max, int absent, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        String value = raw.strip();
        if (!value.matches("-?[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            problems.add(name + ": a whole number from " + min + " to " + max + ": " + raw);
            return absent;
        }
        return Integer.parseInt(value);
    }

    /** How a request spells one list's parameters. */
    public record Names(String sort, String dir, String page) {

        /** The API's: one list per request. */
        public static final Names PLAIN = new Names("sort", "dir", "page");

        /** The associations page's: each of its three lists prefixed by its slug ({@code customers.sort}, …). */
        public static Names of(AssociationKind kind) {
            return new Names(kind.slug() + ".sort", kind.slug() + ".dir", kind.slug() + ".page");
        }
    }

    /** What the query in persistence is asked, for a page of {@code size} rows starting at {@code page}. */
    AssociationListCriteria criteria(String partnerId, int page) {
        return new AssociationListCriteria(kind, partnerId, q, SORTS.get(kind).get(sort), dir.equals("desc"),
                (page - 1) * size, size);
    }

    /** The sort names of a kind, for the API's description and messages. */
    public static List<String> sortNames(AssociationKind kind) {
        return List.copyOf(SORTS.get(kind).keySet());
    }

    public boolean isDefaultSort() {
        return sort.equals(DEFAULT_SORT) && dir.equals(DEFAULT_DIR);
    }
}
