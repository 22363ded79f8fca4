package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;

/** One metric of the scorecard: its points and the maximum. */
public record Metric(Subcategory id, int points, int max) {
}
