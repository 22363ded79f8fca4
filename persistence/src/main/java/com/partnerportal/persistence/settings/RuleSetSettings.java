package com.partnerportal.persistence.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads and writes the rule-set setting (table rule_set_setting): the boundary month, when a program admin set one.
 * Every score asks for it, so the value read is kept for {@link #KEPT}: a change made on this node is seen at once
 * (writing forgets the kept value), one made on another node within that time.
 */
@ApplicationScoped
public class RuleSetSettings {

    /** How long a value read is kept. */
    public static final Duration KEPT = Duration.ofSeconds(10);

    /** The boundary month as set, who set it and when. */
    public record Boundary(YearMonth month, OffsetDateTime changedAt, String changedBy) {
    }

    private record Kept(Optional<Boundary> boundary, long readAt) {
    }

    private volatile Kept kept;

    /** The boundary a program admin set; empty while the default applies. May be up to {@link #KEPT} old. */
    public Optional<Boundary> boundary() {
        Kept now = kept;
        if (now != null && System.nanoTime() - now.readAt() < KEPT.toNanos()) {
            return now.boundary();
        }
        return current();
    }

    /**
     * The boundary as the database has it in the caller's transaction, never a kept value: what a write to the
     * score ledger scores by, so that no scorecard is stored by a boundary that was already moved.
     */
    public Optional<Boundary> current() {
        Optional<Boundary> read = RuleSetSettingEntity.<RuleSetSettingEntity>findByIdOptional(RuleSetSettingEntity.ID)
                .map(e -> new Boundary(YearMonth.from(e.boundaryMonth), e.changedAt, e.changedBy));
        kept = new Kept(read, System.nanoTime());
        return read;
    }

    /**
     * Sets the boundary month, inside the caller's transaction; the caller calls {@link #forget()} once it committed,
     * so that no value read meanwhile outlives the change.
     */
    public Boundary setBoundary(YearMonth month, String actor) {
        RuleSetSettingEntity setting = RuleSetSettingEntity.<RuleSetSettingEntity>findByIdOptional(RuleSetSettingEntity.ID)
                .orElseGet(RuleSetSettingEntity::new);
        setting.boundaryMonth = month.atDay(1);
        setting.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        setting.changedBy = actor;
        setting.persist();
        kept = null;
        return new Boundary(month, setting.changedAt, setting.changedBy);
    }

    /** Forgets the value read, so the next read asks the database (after a change made outside this class). */
    public void forget() {
        kept = null;
    }
}
