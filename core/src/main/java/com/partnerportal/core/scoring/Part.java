package com.partnerportal.core.scoring;

import com.partnerportal.core.scoring.NextActions.Step.Kind;
import java.util.function.Consumer;

/** Part of a move: {@code count} actions of a kind for {@code gain} points; {@code apply} changes the plan's counts. */
record Part(Kind kind, int count, int gain, Consumer<PlanCounts> apply) {
}
