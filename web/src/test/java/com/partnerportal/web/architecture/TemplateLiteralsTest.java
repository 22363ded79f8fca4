package com.partnerportal.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No rule and no limit in a template: the program's totals (100, 70, 25), the metrics' maxima and thresholds and
 * the forms' column limits reach the templates as values ({@code TemplateFigures}, the view records), never as
 * literals.
 */
class TemplateLiteralsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Qute expressions and sections, and class attributes (names such as {@code chart-70}), are not literals. */
    static final Pattern NOT_TEXT = Pattern.compile("\\{[^}]*\\}|class=\"[^\"]*\"");

    static final Pattern RULE = Pattern.compile("(?<![\\w.-])(100|70|25)(?![\\w%-]|\\.\\d)");

    /** A metric's maximum ("/ 30") or an amount in USD written out ("USD 1,000"). */
    static final Pattern METRIC_FIGURE = Pattern.compile("(?<![\\w<])/\\s*\\d+(?![\\w%])|USD\\s*\\d");

    static final Pattern LIMIT = Pattern.compile("(maxlength|max)=\"\\d+\"");

    @Test
    void noTemplateHoldsTheProgramsTotalsOrAFieldLimit() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String text = NOT_TEXT.matcher(lines.get(i)).replaceAll(" ");
                    if (RULE.matcher(text).find() || METRIC_FIGURE.matcher(text).find()
                            || LIMIT.matcher(text).find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("literals of the program's rules or the forms' limits in templates").isEmpty();
    }

    @Test
    void thePatternsSeeTheLiteralsTheyAreFor() {
        assertThat(RULE.matcher(NOT_TEXT.matcher("points missing to 70.").replaceAll(" ")).find()).isTrue();
        assertThat(RULE.matcher(NOT_TEXT.matcher("<span> / 100</span>").replaceAll(" ")).find()).isTrue();
        assertThat(RULE.matcher(NOT_TEXT.matcher("<span class=\"at25\">{pointsMarker}</span>").replaceAll(" "))
                .find()).isFalse();
        assertThat(METRIC_FIGURE.matcher("<span class=\"muted\">/ 30</span>").find()).isTrue();
        assertThat(METRIC_FIGURE.matcher("at least USD 1,000 is needed").find()).isTrue();
        assertThat(METRIC_FIGURE.matcher(NOT_TEXT.matcher("<span>/ {scorecard.metric(m).max}</span>").replaceAll(" "))
                .find()).isFalse();
        assertThat(METRIC_FIGURE.matcher("</span> and 2024/03").find()).isFalse();
        assertThat(LIMIT.matcher("<input maxlength=\"64\">").find()).isTrue();
        assertThat(LIMIT.matcher("<input maxlength=\"{fieldMax.id}\">").find()).isFalse();
    }
}
