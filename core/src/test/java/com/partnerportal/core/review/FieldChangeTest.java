package com.partnerportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void lists_each_changed_field_with_its_value_before_and_now_in_the_order_of_the_fields() {
        assertThat(FieldChange.between(
                fields("Segment", "SMB", "Attribution", "PAL", "Reference", "old-ref"),
                fields("Segment", "ENTERPRISE", "Attribution", "PAL", "Reference", "new-ref")))
                .containsExactly(new FieldChange("Segment", "SMB", "ENTERPRISE"),
                        new FieldChange("Reference", "old-ref", "new-ref"));
    }

    @Test
    void nothing_changed_gives_no_change_and_blank_is_the_same_as_missing() {
        assertThat(FieldChange.between(fields("Name", "Ada", "Expires", ""), fields("Name", " Ada ", "Expires", null)))
                .isEmpty();
    }

    @Test
    void a_field_filled_in_or_emptied_is_a_change() {
        assertThat(FieldChange.between(fields("Expires", null, "Name", "Ada"), fields("Expires", "2027-01-01")))
                .containsExactly(new FieldChange("Expires", null, "2027-01-01"), new FieldChange("Name", "Ada", null));
    }
}
