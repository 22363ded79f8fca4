/** The scoring domain of the Partner Capability Portal: plain Java, no framework. */
package com.partnerportal.core;
