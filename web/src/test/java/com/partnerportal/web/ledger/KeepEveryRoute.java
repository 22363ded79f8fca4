package com.partnerportal.web.ledger;

import org.eclipse.microprofile.openapi.OASFilter;

/** An OpenAPI filter that keeps every path: the document then lists every route of the application. */
public class KeepEveryRoute implements OASFilter {
}
