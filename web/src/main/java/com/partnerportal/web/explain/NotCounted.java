package com.partnerportal.web.explain;

import com.partnerportal.web.associations.AssociationRow;

/**
 * A submission that does not count (yet), as an explanation page lists it (issue 12, point 4): the association with
 * its state and the reviewer's reason, the item in words, and what approving it would change — the total points it
 * would add in the page's month (core's what-if), or why it would add none.
 *
 * @param points the change of the total score if it were approved; null when a note says why it would change nothing
 */
public record NotCounted(AssociationRow row, String item, Integer points, String note) {
}
