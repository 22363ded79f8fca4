package com.partnerportal.persistence;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/** Recognises an optimistic-lock failure: another transaction changed the row first, however it was wrapped. */
public final class LostUpdate {

    private LostUpdate() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
