package com.partnerportal.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a partner's lifecycle for tests: recorded months (SMB path, nothing stacked, unless told),
 * an anniversary date, and a history made by taking the lifecycle's own decisions, so every recorded
 * transition is one the lifecycle allowed on its day.
 */
public final class LifecycleFixture {

    private final Map<YearMonth, RecordedMonth> months = new TreeMap<>();
    private LocalDate anniversary;
    private final List<Transition> transitions = new ArrayList<>();

    private LifecycleFixture() {
    }

    public static LifecycleFixture partner() {
        return new LifecycleFixture();
    }

    public static LocalDate day(String isoDay) {
        return LocalDate.parse(isoDay);
    }

    public LifecycleFixture anniversary(String isoDay) {
        anniversary = day(isoDay);
        return this;
    }

    public LifecycleFixture month(String month, int total, boolean attained, Track path, int stacked) {
        months.put(YearMonth.parse(month), new RecordedMonth(YearMonth.parse(month), total, attained, path, stacked));
        return this;
    }

    /** Attained on the SMB path. */
    public LifecycleFixture qualifies(String month, int total) {
        return month(month, total, true, Track.SMB, 0);
    }

    public LifecycleFixture qualifiesOnEnterprise(String month, int total) {
        return month(month, total, true, Track.ENTERPRISE, 0);
    }

    /** Attained on the SMB path with specializations stacked. */
    public LifecycleFixture qualifiesStacking(String month, int total, int stacked) {
        return month(month, total, true, Track.SMB, stacked);
    }

    /** Not attained (below 70, or a metric without a point), on the SMB path. */
    public LifecycleFixture misses(String month, int total) {
        return month(month, total, false, Track.SMB, 0);
    }

    public LifecycleFixture enrols(String isoDay) {
        return takes(lifecycle -> lifecycle.mayEnrol(day(isoDay)));
    }

    public LifecycleFixture activates(String isoDay) {
        return takes(lifecycle -> lifecycle.mayActivateBenefits(day(isoDay)));
    }

    public LifecycleFixture renews(String isoDay) {
        return takes(lifecycle -> lifecycle.mayRenew(day(isoDay)));
    }

    public LifecycleFixture correctsAnniversary(String isoDay, String corrected) {
        takes(lifecycle -> lifecycle.mayCorrectAnniversary(day(isoDay), day(corrected)));
        anniversary = day(corrected);
        return this;
    }

    /** The lapse job on a day: records every lapse due. */
    public LifecycleFixture lapseJobRuns(String isoDay) {
        transitions.addAll(build().lapsesDue(day(isoDay)));
        return this;
    }

    /** Records a transition as it is, allowed or not. */
    public LifecycleFixture recorded(Transition transition) {
        transitions.add(transition);
        return this;
    }

    public DesignationLifecycle build() {
        return new DesignationLifecycle(months.values(), anniversary, transitions);
    }

    public DesignationStatus on(String isoDay) {
        return build().statusOn(day(isoDay));
    }

    private LifecycleFixture takes(Function<DesignationLifecycle, Decision> decide) {
        Decision decision = decide.apply(build());
        assertThat(decision.allowed()).as(decision.message()).isTrue();
        transitions.add(decision.transition());
        return this;
    }
}
