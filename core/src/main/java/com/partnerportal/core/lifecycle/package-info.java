/**
 * The designation lifecycle of {@code ../shared/spec/designation-lifecycle.md}: the qualification
 * window of a day, enrolment and its track, benefit activation, the designation year, renewal in the
 * 30 renewal days, and the lapse on the anniversary date — a pure function of the recorded months,
 * the anniversary date and the partner's past transitions ({@link DesignationLifecycle}).
 */
package com.partnerportal.core.lifecycle;
