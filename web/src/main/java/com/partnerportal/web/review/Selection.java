package com.partnerportal.web.review;

import com.partnerportal.core.evidence.PartnerId;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.error.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A row selected for a bulk decision, as the queue's check boxes send it: {@code kind:id:version:partnerId} (the
 * partner last; its id follows the one partner-id rule, {@link PartnerId}).
 */
public record Selection(AssociationKind kind, long id, long version, String partnerId) {

    static final int MAX = 200;

    static String token(AssociationKind kind, long id, long version, String partnerId) {
        return kind.slug() + ":" + id + ":" + version + ":" + partnerId;
    }

    public String token() {
        return token(kind, id, version, partnerId);
    }

    /** Every selected row, in order and without repeats; a 400 naming each malformed one, or an empty selection. */
    static List<Selection> parse(List<String> tokens) {
        List<String> errors = new ArrayList<>();
        LinkedHashSet<Selection> selections = new LinkedHashSet<>();
        List<String> given = tokens == null ? List.of() : tokens.stream().filter(t -> t != null && !t.isBlank()).toList();
        if (given.isEmpty()) {
            errors.add("item: select at least one association");
        } else if (given.size() > MAX) {
            errors.add("item: select at most " + MAX + " associations at once");
        }
        for (String token : given) {
            String[] parts = token.strip().split(":", 4);
            AssociationKind kind = parts.length == 4 ? AssociationKind.fromSlug(parts[0]).orElse(null) : null;
            Long id = parts.length == 4 ? number(parts[1]) : null;
            Long version = parts.length == 4 ? number(parts[2]) : null;
            if (kind == null || id == null || version == null || !PartnerId.isValid(parts[3])) {
                errors.add("item: not a selection: " + (token.length() > 100 ? token.substring(0, 100) + "…" : token));
            } else {
                selections.add(new Selection(kind, id, version, parts[3]));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The selection is not valid; nothing was decided.", errors);
        }
        return List.copyOf(selections);
    }

    private static Long number(String value) {
        try {
            long parsed = Long.parseLong(value);
            return parsed < 0 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
