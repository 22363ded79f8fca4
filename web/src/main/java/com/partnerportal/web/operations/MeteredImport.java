package com.partnerportal.web.operations;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an import method for the metrics: its duration (commit included) by outcome, and the rows its result
 * reports ({@link ImportedRows}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface MeteredImport {

    /** The kind of import, the {@code kind} tag: {@code evidence} or {@code acr}. */
    @Nonbinding
    String value();
}
