package com.partnerportal.web.error;

/**
 * The request got no turn to run in time ({@code web.operations.RequestAdmission}): 503 with {@code Retry-After},
 * a page or a problem like every other error. Nothing was done for the request.
 */
public final class PortalBusy extends RuntimeException {

    /** Seconds a refused client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public PortalBusy() {
        super("The portal is busy. Nothing was done; try again in a moment.", null, false, false);
    }
}
