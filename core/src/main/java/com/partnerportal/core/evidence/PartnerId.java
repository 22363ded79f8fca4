package com.partnerportal.core.evidence;

import java.util.regex.Pattern;

/**
 * The one rule for partner ids, everywhere they enter the portal (evidence files, ACR CSV, forms, the API): a
 * letter or digit, then up to 63 letters, digits, dots, underscores or hyphens. Such an id is safe in a URL path
 * segment, a file name and a CSV cell as it is.
 */
public final class PartnerId {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** What is wrong with an id that breaks the rule, for messages that name the field. */
    public static final String RULE = "must be 1-64 characters: a letter or digit, then letters, digits, '.', '_' or '-'";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PartnerId() {
    }

    public static boolean isValid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }
}
