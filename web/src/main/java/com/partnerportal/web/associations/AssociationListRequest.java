package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The associations page's query parameters as they arrive (unchecked): the search and page size of all three lists,
 * and each list's sort, direction and page.
 */
public class AssociationListRequest {

    @QueryParam("q")
    public String q;

    @QueryParam("size")
    public String size;

    @QueryParam("customers.sort")
    public String customersSort;

    @QueryParam("customers.dir")
    public String customersDir;

    @QueryParam("customers.page")
    public String customersPage;

    @QueryParam("professionals.sort")
    public String professionalsSort;

    @QueryParam("professionals.dir")
    public String professionalsDir;

    @QueryParam("professionals.page")
    public String professionalsPage;

    @QueryParam("certifications.sort")
    public String certificationsSort;

    @QueryParam("certifications.dir")
    public String certificationsDir;

    @QueryParam("certifications.page")
    public String certificationsPage;

    /**
     * The lists as asked, checked; when any parameter is refused, every list's first page (the search and size kept
     * when they were fine) with the problems, which the page shows with status 400.
     */
    public AssociationLists lists(String partnerId) {
        List<String> problems = new ArrayList<>();
        String text = AssociationListParameters.text(q, problems);
        int pageSize = AssociationListParameters.size(size, problems);
        Map<AssociationKind, AssociationListParameters> lists = new EnumMap<>(AssociationKind.class);
        lists.put(AssociationKind.CUSTOMER, parse(AssociationKind.CUSTOMER, text, customersSort, customersDir,
                customersPage, pageSize, problems));
        lists.put(AssociationKind.PROFESSIONAL, parse(AssociationKind.PROFESSIONAL, text, professionalsSort,
                professionalsDir, professionalsPage, pageSize, problems));
        lists.put(AssociationKind.CERTIFICATION, parse(AssociationKind.CERTIFICATION, text, certificationsSort,
                certificationsDir, certificationsPage, pageSize, problems));
        if (!problems.isEmpty()) {
            return AssociationLists.first(partnerId, text, pageSize, problems);
        }
        return new AssociationLists(partnerId, text, pageSize, lists, List.of());
    }

    private static AssociationListParameters parse(AssociationKind kind, String text, String sort, String dir,
            String page, int size, List<String> problems) {
        List<String> mine = new ArrayList<>();
        AssociationListParameters parsed = AssociationListParameters.parse(kind, text, sort, dir, page,
                String.valueOf(size), AssociationListParameters.Names.of(kind), mine);
        problems.addAll(mine);
        return parsed;
    }
}
