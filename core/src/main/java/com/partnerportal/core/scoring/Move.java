package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Step.Kind;
import java.util.List;

/** One or more parts taken together, such as the Enterprise prerequisites with a first scoring individual. */
record Move(Subcategory metric, List<Part> parts) {

    Move {
        parts = List.copyOf(parts);
    }

    static Move of(Subcategory metric, Part part) {
        return new Move(metric, List.of(part));
    }

    int count() {
        return parts.stream().mapToInt(Part::count).sum();
    }

    int gain() {
        return parts.stream().mapToInt(Part::gain).sum();
    }

    /** More points per action; then the larger gain. Candidates are offered in metric order, so earlier wins ties. */
    boolean betterThan(Move other) {
        long mine = (long) gain() * other.count();
        long theirs = (long) other.gain() * count();
        return mine != theirs ? mine > theirs : gain() > other.gain();
    }
}
