package com.partnerportal.web.operations;

import com.partnerportal.web.error.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;

/**
 * Times a {@link MeteredImport} method around its transaction (this interceptor runs before the transactional
 * one), so a failed commit counts as a failed import. Outcomes: {@code success}, {@code rejected} (the file was
 * refused with a 4xx), {@code failed} (anything else).
 */
@MeteredImport("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class MeteredImportInterceptor {

    @Inject
    PortalMetrics metrics;

    @AroundInvoke
    Object meter(InvocationContext context) throws Exception {
        MeteredImport metered = context.getMethod().getAnnotation(MeteredImport.class);
        if (metered == null) {
            metered = context.getMethod().getDeclaringClass().getAnnotation(MeteredImport.class);
        }
        String kind = metered != null ? metered.value() : "unknown";
        long start = System.nanoTime();
        try {
            Object result = context.proceed();
            long rows = result instanceof ImportedRows imported ? imported.importedRows() : 0;
            metrics.importFinished(kind, "success", Duration.ofNanos(System.nanoTime() - start), rows);
            return result;
        } catch (ProblemException e) {
            metrics.importFinished(kind, e.problem().status() < 500 ? "rejected" : "failed",
                    Duration.ofNanos(System.nanoTime() - start), 0);
            throw e;
        } catch (WebApplicationException e) {
            metrics.importFinished(kind, e.getResponse().getStatus() < 500 ? "rejected" : "failed",
                    Duration.ofNanos(System.nanoTime() - start), 0);
            throw e;
        } catch (Exception e) {
            metrics.importFinished(kind, "failed", Duration.ofNanos(System.nanoTime() - start), 0);
            throw e;
        }
    }
}
