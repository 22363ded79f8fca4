package com.partnerportal.web.dashboard;

import com.partnerportal.web.ledger.HistoryMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A server-rendered SVG chart of the last months: the four metrics stacked (their top edge is the total), the
 * 70-point line, the 25-point marker, and a mark at each month whose scorecard is by another rule set than the
 * month before (the 2026 rules taking over). Coordinates are computed here; the template only prints them.
 */
public record ChartView(int width, int height, List<Band> bands, String totalLine, int y70, int y25,
        List<Label> labels, List<HistoryMonth> points, int plotTop, int plotBottom, List<RuleSetMark> ruleSetMarks,
        List<Marker> markers) {

    /** A month whose shown scorecard is not the recorded one: restated, or computed because none was recorded. */
    public record Marker(int x, int y, int r, String cssClass, String title) {
    }

    public record Band(String name, String cssClass, String polygon) {
    }

    /** A month's name under the plot, its baseline at {@code y}. */
    public record Label(int x, int y, String text) {
    }

    /**
     * Where the rule set changes: from {@code month} on, the scorecards are by {@code ruleSetId}; its line runs from
     * {@code top} to {@code bottom} of the plot.
     */
    public record RuleSetMark(int x, int top, int bottom, int labelDx, int labelDy, YearMonth month, String ruleSetId) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 36;
    static final int RIGHT = 12;
    static final int TOP = 10;
    static final int BOTTOM = 24;
    /** The baseline of the month labels, inside the bottom margin. */
    static final int LABEL_BASELINE = HEIGHT - 6;
    /** Where the 70 and 25 lines' labels start, and how far below their line their baseline is. */
    static final int LINE_LABEL_X = 4;
    static final int LINE_LABEL_DROP = 4;
    /** The radius of a restated or computed month's marker. */
    static final int MARKER_RADIUS = 4;
    /** A rule-set mark's label: right of its line, below the plot's top. */
    static final int MARK_LABEL_DX = 3;
    static final int MARK_LABEL_DY = 8;
    static final List<String> NAMES = List.of("Net customer adds", "Intermediate certifications", "Usage growth",
            "Deployments");

    /** Where the plot starts and ends horizontally (the 70 and 25 lines span it). */
    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** Where the labels of the 70 and 25 lines start. */
    public int lineLabelX() {
        return LINE_LABEL_X;
    }

    /** The baselines of the 70 and 25 lines' labels. */
    public int y70Label() {
        return y70 + LINE_LABEL_DROP;
    }

    public int y25Label() {
        return y25 + LINE_LABEL_DROP;
    }

    static ChartView of(List<HistoryMonth> history) {
        int n = history.size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        List<Band> bands = new ArrayList<>();
        int[] below = new int[n];
        for (int metric = 0; metric < NAMES.size(); metric++) {
            StringBuilder top = new StringBuilder();
            StringBuilder bottom = new StringBuilder();
            int[] above = new int[n];
            for (int i = 0; i < n; i++) {
                List<Integer> points = history.get(i).points();
                above[i] = below[i] + (metric < points.size() ? points.get(metric) : 0);
                top.append(x(i, step)).append(',').append(y(above[i], plotHeight)).append(' ');
            }
            for (int i = n - 1; i >= 0; i--) {
                bottom.append(x(i, step)).append(',').append(y(below[i], plotHeight)).append(' ');
            }
            bands.add(new Band(NAMES.get(metric), "band-" + metric, (top.toString() + bottom).strip()));
            below = above;
        }
        StringBuilder total = new StringBuilder();
        for (int i = 0; i < n; i++) {
            total.append(x(i, step)).append(',').append(y(history.get(i).total(), plotHeight)).append(' ');
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < n; i += Math.max(1, n / 6)) {
            YearMonth month = history.get(i).month();
            labels.add(new Label(x(i, step), LABEL_BASELINE, month.toString()));
        }
        List<RuleSetMark> marks = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HistoryMonth month = history.get(i);
            if (month.restated() || !month.recorded()) {
                markers.add(new Marker(x(i, step), y(month.total(), plotHeight), MARKER_RADIUS,
                        month.restated() ? "chart-restated" : "chart-computed",
                        month.month() + ": " + month.standing().label()));
            }
            if (i > 0 && !month.ruleSetId().equals(history.get(i - 1).ruleSetId())) {
                marks.add(new RuleSetMark(x(i, step), TOP, HEIGHT - BOTTOM, MARK_LABEL_DX, MARK_LABEL_DY, month.month(),
                        month.ruleSetId()));
            }
        }
        return new ChartView(WIDTH, HEIGHT, bands, total.toString().strip(), y(70, plotHeight), y(25, plotHeight),
                labels, history, TOP, HEIGHT - BOTTOM, marks, markers);
    }

    private static int x(int index, double step) {
        return (int) Math.round(LEFT + index * step);
    }

    private static int y(int points, double plotHeight) {
        return (int) Math.round(TOP + (100 - points) * plotHeight / 100);
    }
}
