package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the associations page's three lists as its URL carries it: one search text and page size for all,
 * and each list's sort, direction and page ({@code customers.sort}, {@code customers.dir}, {@code customers.page}, …);
 * and the problems of a request whose parameters were refused (the page then shows every list's first page).
 */
public record AssociationLists(String partnerId, String q, int size,
        Map<AssociationKind, AssociationListParameters> lists, List<String> problems) {

    /** Every list's first page, newest first, unfiltered. */
    public static AssociationLists first(String partnerId) {
        return first(partnerId, "", AssociationListParameters.DEFAULT_SIZE, List.of());
    }

    /** Every list's first page for this search and size, with the problems that sent the request back. */
    public static AssociationLists first(String partnerId, String q, int size, List<String> problems) {
        Map<AssociationKind, AssociationListParameters> lists = new EnumMap<>(AssociationKind.class);
        for (AssociationKind kind : AssociationKind.values()) {
            lists.put(kind, AssociationListParameters.first(kind, q, size));
        }
        return new AssociationLists(partnerId, q, size, lists, List.copyOf(problems));
    }

    public AssociationListParameters of(AssociationKind kind) {
        return lists.get(kind);
    }

    /** The page's link with one list moved to another sort, direction or page, the others kept as they are. */
    public String href(AssociationKind kind, String sort, String dir, int page) {
        StringBuilder href = new StringBuilder("/partners/").append(partnerId).append("/associations");
        String separator = "?";
        if (!q.isEmpty()) {
            href.append(separator).append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (size != AssociationListParameters.DEFAULT_SIZE) {
            href.append(separator).append("size=").append(size);
            separator = "&";
        }
        for (AssociationKind list : AssociationKind.values()) {
            AssociationListParameters p = lists.get(list);
            String listSort = list == kind ? sort : p.sort();
            String listDir = list == kind ? dir : p.dir();
            int listPage = list == kind ? page : p.page();
            if (!listSort.equals(AssociationListParameters.DEFAULT_SORT)
                    || !listDir.equals(AssociationListParameters.DEFAULT_DIR)) {
                href.append(separator).append(list.slug()).append(".sort=").append(listSort).append('&')
                        .append(list.slug()).append(".dir=").append(listDir);
                separator = "&";
            }
            if (listPage != 1) {
                href.append(separator).append(list.slug()).append(".page=").append(listPage);
                separator = "&";
            }
        }
        return href.append('#').append(kind.slug()).toString();
    }

    /** The search form keeps each list's sort (a new search starts every list on its first page). */
    public List<Map.Entry<String, String>> keptSorts() {
        return lists.values().stream().filter(p -> !p.isDefaultSort())
                .flatMap(p -> List.of(Map.entry(p.kind().slug() + ".sort", p.sort()),
                        Map.entry(p.kind().slug() + ".dir", p.dir())).stream())
                .toList();
    }

    public int maxText() {
        return AssociationListParameters.MAX_TEXT;
    }

    public int maxSize() {
        return AssociationListParameters.MAX_SIZE;
    }
}
