/**
 * Partner membership by invitation: who may invite whom, how long an invitation lasts, when it may be accepted, and
 * which role a member keeps when an invitation meets an existing membership. Plain Java.
 */
package com.partnerportal.core.membership;
