package com.partnerportal.core.review;

import com.partnerportal.core.scoring.CertificationCatalogue;
import com.partnerportal.core.scoring.DataAiCertification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partner admin's claim that a professional holds a certification: the credential (one of the rule set's catalogue,
 * or {@link #OTHER} with its name), the day it was earned, the day it expires (if it does), and the proof a reviewer
 * can check — a Microsoft Learn transcript share link or a credential id. {@link #problems} says what is wrong with
 * it, field by field.
 */
public record CertificationClaim(String certificationId, String otherName, LocalDate earned, LocalDate expires,
        String proof) {

    /** The choice for a certification the catalogue does not name; it is kept by name and scores nothing. */
    public static final String OTHER = "OTHER";

    /** The longest proof (a share link) and the longest other certification name kept. */
    public static final int MAX_PROOF = 500;
    public static final int MAX_OTHER_NAME = 200;

    /**
     * A Microsoft Learn transcript share link — {@code https://learn.microsoft.com/[locale/]users/<user>/transcript/<id>}
     * — or a credential link {@code …/users/<user>/credentials/<id>}.
     */
    static final Pattern LEARN_LINK = Pattern.compile(
            "https://learn\\.microsoft\\.com/(?:[a-z]{2}-[a-z]{2}/)?users/[A-Za-z0-9._-]{1,100}/(?:transcript|credentials)/[A-Za-z0-9-]{4,100}");

    /** A credential id as Microsoft prints it on a certificate: letters, digits and dashes, 6 to 64 of them. */
    static final Pattern CREDENTIAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{5,63}");

    /**
     * What is wrong with the claim under the catalogue of the rule set in force, on {@code today}: a message per form
     * field ({@code certificationId}, {@code otherName}, {@code earned}, {@code expires}, {@code proof}). Empty when
     * it may be submitted.
     */
    public Map<String, String> problems(CertificationCatalogue catalogue, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (certificationId == null || certificationId.isBlank()) {
            problems.put("certificationId", "choose the certification");
        } else if (OTHER.equals(certificationId)) {
            if (otherName == null || otherName.isBlank()) {
                problems.put("otherName", "name the certification (it is not in the catalogue)");
            } else if (otherName.strip().length() > MAX_OTHER_NAME) {
                problems.put("otherName", "at most " + MAX_OTHER_NAME + " characters");
            }
        } else if (catalogued(catalogue, certificationId).isEmpty()) {
            problems.put("certificationId", "unknown certification " + certificationId
                    + " for the rule set in force; choose one of the list or \"other\"");
        }
        if (earned == null) {
            problems.put("earned", "enter the day it was earned (YYYY-MM-DD)");
        } else if (earned.isAfter(today)) {
            problems.put("earned", "the earned date " + earned + " is in the future");
        }
        if (expires != null && earned != null && earned.isAfter(expires)) {
            problems.put("expires", "it expires (" + expires + ") before it was earned (" + earned + ")");
        }
        String trimmed = proof == null ? "" : proof.strip();
        if (trimmed.isEmpty()) {
            problems.put("proof", "give the Microsoft Learn transcript share link or the credential id");
        } else if (trimmed.length() > MAX_PROOF) {
            problems.put("proof", "at most " + MAX_PROOF + " characters");
        } else if (trimmed.contains("://") || trimmed.contains("learn.microsoft")) {
            if (!LEARN_LINK.matcher(trimmed).matches()) {
                problems.put("proof", "not a Microsoft Learn share link: expected"
                        + " https://learn.microsoft.com/<locale>/users/<user>/transcript/<id>");
            }
        } else if (!CREDENTIAL_ID.matcher(trimmed).matches()) {
            problems.put("proof", "a credential id has 6 to 64 letters, digits and dashes");
        }
        return problems;
    }

    /** Whether the proof is a Learn link (a reviewer can open it) rather than a credential id. */
    public static boolean isLink(String proof) {
        return proof != null && LEARN_LINK.matcher(proof.strip()).matches();
    }

    /** The catalogue's certification with this id: a prerequisite or one that scores under the rule set. */
    public static Optional<DataAiCertification> catalogued(CertificationCatalogue catalogue, String id) {
        return DataAiCertification.byId(id).filter(c -> catalogue.counting().contains(c));
    }
}
