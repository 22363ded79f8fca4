package com.partnerportal.web.rules;

import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.settings.RuleSetSettings;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves the boundary month of the rule-set choice (the first month scored by the 2026 rules), audited with the
 * months before and after and the reason. It changes no scorecard itself: the caller recomputes the open month;
 * recorded months keep the snapshots they have.
 */
@ApplicationScoped
public class RuleSetBoundaryService {

    @Inject
    RuleSetSettings settings;

    @Inject
    ScoreLedger ledger;

    @Inject
    AuditLog audit;

    /** Sets the boundary and records it in the audit trail; false (and nothing recorded) when it is already so. */
    @Transactional
    public boolean move(YearMonth boundary, String reason, String actor) {
        // No ledger write runs while the boundary changes, and every one after it reads the moved boundary.
        ledger.holdWrites();
        RuleSets before = RuleSets.withBoundary(settings.current().map(RuleSetSettings.Boundary::month)
                .orElse(RuleSets.DEFAULT_BOUNDARY));
        if (before.boundary().equals(boundary)) {
            return false;
        }
        settings.setBoundary(boundary, actor);
        audit.record(actor, "RULE_SET_BOUNDARY_MOVED", null, "rule_set_setting", "boundary", state(before),
                state(RuleSets.withBoundary(boundary)), reason);
        return true;
    }

    private static Map<String, String> state(RuleSets ruleSets) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("boundary", ruleSets.boundary().toString());
        for (RuleSets.Period period : ruleSets.periods()) {
            state.put(period.ruleSet().id(), period.describe());
        }
        return state;
    }
}
