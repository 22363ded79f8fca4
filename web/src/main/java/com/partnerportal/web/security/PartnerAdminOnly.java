package com.partnerportal.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method (or class) whose path has {@code {partnerId}}: only that partner's partner admins may call
 * it (others who may see the partner get 403; everyone else 404). Without it, a {@code {partnerId}} route is open to
 * the partner's members and program staff. Enforced by {@link PartnerScope}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PartnerAdminOnly {
}
