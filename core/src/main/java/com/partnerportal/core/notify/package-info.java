/** What the portal tells people by e-mail: the kinds of notification, who gets each, and the digest's rule. */
package com.partnerportal.core.notify;
