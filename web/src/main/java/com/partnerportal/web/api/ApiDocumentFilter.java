package com.partnerportal.web.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The API description describes the API: only {@code /api/} paths are kept (the HTML pages, which SmallRye also
 * finds, are not part of it), and only the schemas those paths and the shared responses use. Registered as
 * {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String API_PREFIX = "/api/";
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
            if (!path.startsWith(API_PREFIX)) {
                openAPI.getPaths().removePathItem(path);
            }
        }
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().map(Parameter::getSchema).forEach(s -> add(pending, s));
                }
                if (operation.getRequestBody() != null) {
                    addAll(pending, operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> addAll(pending, r.getContent()));
                }
            }
        }
        if (components.getResponses() != null) {
            for (APIResponse response : components.getResponses().values()) {
                addAll(pending, response.getContent());
            }
        }
        Set<String> used = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)) {
                String name = schema.getRef().substring(SCHEMA_REF.length());
                if (used.add(name) && components.getSchemas().get(name) != null) {
                    pending.push(components.getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> add(pending, s));
            }
            add(pending, schema.getItems());
            add(pending, schema.getAdditionalPropertiesSchema());
            for (List<Schema> group : new List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf() }) {
                if (group != null) {
                    group.forEach(s -> add(pending, s));
                }
            }
        }
        for (String name : List.copyOf(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static void addAll(Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> add(pending, media.getSchema()));
        }
    }

    private static void add(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
