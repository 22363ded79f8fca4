package com.partnerportal.web.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field messages of a form that did not validate; the page re-renders with them (400) and nothing is saved. */
public class FormErrors extends RuntimeException {

    private final transient Map<String, String> fields;

    public FormErrors(Map<String, String> fields) {
        super("The form has errors: " + fields, null, false, false);
        this.fields = Map.copyOf(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
