package com.partnerportal.web.ledger;

import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.core.scoring.Scorecard;

/** A scorecard as a page shows it: its figures, and what they are (open, recorded, restated or computed). */
public record ShownScorecard(Scorecard scorecard, MonthStanding standing) {
}
