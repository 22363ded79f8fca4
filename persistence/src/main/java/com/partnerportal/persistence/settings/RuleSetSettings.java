package com.partnerportal.persistence.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/** Reads and writes the rule-set setting (table rule_set_setting): the boundary month, when a program admin set one. */
@ApplicationScoped
public class RuleSetSettings {

    /** The boundary month as set, who set it and when. */
    public record Boundary(YearMonth month, OffsetDateTime changedAt, String changedBy) {
    }

    /** The boundary a program admin set; empty while the default applies. */
    public Optional<Boundary> boundary() {
        return RuleSetSettingEntity.<RuleSetSettingEntity>findByIdOptional(RuleSetSettingEntity.ID)
                .map(e -> new Boundary(YearMonth.from(e.boundaryMonth), e.changedAt, e.changedBy));
    }

    /** Sets the boundary month, inside the caller's transaction. */
    public Boundary setBoundary(YearMonth month, String actor) {
        RuleSetSettingEntity setting = RuleSetSettingEntity.<RuleSetSettingEntity>findByIdOptional(RuleSetSettingEntity.ID)
                .orElseGet(RuleSetSettingEntity::new);
        setting.boundaryMonth = month.atDay(1);
        setting.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        setting.changedBy = actor;
        setting.persist();
        return new Boundary(month, setting.changedAt, setting.changedBy);
    }
}
