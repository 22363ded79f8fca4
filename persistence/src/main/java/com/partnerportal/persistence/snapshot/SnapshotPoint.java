package com.partnerportal.persistence.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One kept scorecard of a partner's history: its month, total, attainment, points per metric, when computed and the
 * rule set it was computed by.
 */
public record SnapshotPoint(YearMonth month, int total, boolean attained, List<Integer> points,
        OffsetDateTime computedAt, String ruleSetId) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Integer>> POINTS = new TypeReference<>() {
    };

    public SnapshotPoint {
        points = List.copyOf(points);
    }

    /** The JPQL constructor projection: the points per metric as the JSON array the database extracted. */
    public SnapshotPoint(LocalDate asOf, Integer total, Boolean attained, OffsetDateTime computedAt,
            String pointsJson, String ruleSetId) {
        this(YearMonth.from(asOf), total, attained, points(pointsJson), computedAt, ruleSetId);
    }

    private static List<Integer> points(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, POINTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept scorecard has unreadable points: " + json, e);
        }
    }
}
