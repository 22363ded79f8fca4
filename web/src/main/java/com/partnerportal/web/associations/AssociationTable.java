package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.view.Page;

/** One list of the associations page: its page of rows and the links of its sort headers and pager. */
public record AssociationTable(AssociationKind kind, Page<AssociationRow> page, AssociationLists lists) {

    public String slug() {
        return kind.slug();
    }

    /** The link a click on {@code column}'s header follows: sorted by it (the other direction when it is the sort). */
    public String sortHref(String column) {
        return lists.href(kind, column, page.nextDir(column), 1);
    }

    public String ariaSort(String column) {
        return page.ariaSort(column);
    }

    /** The subject column sorts by its id or by its name: either makes it the sorted column. */
    public String subjectAriaSort(String column) {
        return page.ariaSort("name".equals(page.sort()) ? "name" : column);
    }

    public String previousHref() {
        return lists.href(kind, page.sort(), page.dir(), page.page() - 1);
    }

    public String nextHref() {
        return lists.href(kind, page.sort(), page.dir(), page.page() + 1);
    }

    /** Whether a search is narrowing the list (its empty message then says so). */
    public boolean searched() {
        return !lists.q().isEmpty();
    }
}
