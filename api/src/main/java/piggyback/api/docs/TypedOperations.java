package piggyback.api.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import piggyback.api.web.ErrorBodies;

/**
 * Types the document springdoc derives from the controllers with {@code operations.yaml}: each
 * operation's request body (JSON, form or multipart fields), its answers, who may call it, and,
 * as its {@code default} answer, the error envelope {@link ErrorBodies#of(String)} chooses for its
 * path. The controllers read and answer JSON objects as maps, so springdoc alone sees no fields.
 */
final class TypedOperations implements OpenApiCustomizer {

    static final String RESOURCE = "/piggyback/api/docs/operations.yaml";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Map<String, String> STATUS_TEXT = Map.of("200", "OK", "201", "Created",
            "202", "Accepted: the run started", "206", "Partial content (a byte range)");

    private final JsonNode spec;

    TypedOperations() {
        try (InputStream in = TypedOperations.class.getResourceAsStream(RESOURCE)) {
            spec = Yaml.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flattenAllOf(spec.path("schemas"));
        flattenAllOf(spec.path("operations"));
        qualifyReferences(spec);
    }

    /** The operations the resource types, as {@code "METHOD /path"}. */
    static Set<String> typedOperations() {
        Set<String> keys = new TreeSet<>();
        new TypedOperations().spec.path("operations").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Override
    public void customise(OpenAPI document) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        spec.path("records").properties().forEach(entry -> schemas.put(entry.getKey(),
                RecordSchemas.of(entry.getValue().asText())));
        spec.path("schemas").properties().forEach(entry -> schemas.put(entry.getKey(), schema(entry.getValue())));
        document.getComponents().setSchemas(schemas);
        spec.path("operations").properties().forEach(entry -> type(document, entry.getKey(), entry.getValue()));
    }

    private void type(OpenAPI document, String key, JsonNode typed) {
        String[] methodAndPath = key.split(" ", 2);
        String path = methodAndPath[1];
        PathItem item = document.getPaths() == null ? null : document.getPaths().get(path);
        Operation operation = item == null ? null
                : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
        if (operation == null) {
            throw new IllegalStateException("operations.yaml types " + key + ", which the API does not serve");
        }
        operation.setOperationId(operationId(methodAndPath[0], path));
        operation.setRequestBody(requestBody(typed));
        dropFormFieldsFromParameters(operation, typed);
        JsonNode answers = typed.has("like") ? spec.path("operations").path(typed.path("like").asText()) : typed;
        operation.setResponses(responses(answers.path("responses"), path,
                operation.getRequestBody() != null || operation.getParameters() != null));
        security(operation, typed.path("roles"));
    }

    /**
     * A name a generated client can call, from the method and the path:
     * {@code POST /api/admin/children/{childId}/unlink} -> {@code postAdminChildrenByChildIdUnlink}.
     */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(java.util.Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/", "/").split("[/_.-]")) {
            boolean parameter = segment.startsWith("{");
            String word = segment.replaceAll("[{}]", "");
            if (!word.isEmpty()) {
                id.append(parameter ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }

    private RequestBody requestBody(JsonNode typed) {
        for (Map.Entry<String, String> kind : Map.of("json", "application/json",
                "form", "application/x-www-form-urlencoded", "multipart", "multipart/form-data").entrySet()) {
            if (typed.has(kind.getKey())) {
                return new RequestBody().required(true).content(new Content().addMediaType(kind.getValue(),
                        new MediaType().schema(schema(typed.path(kind.getKey())))));
            }
        }
        return null;
    }

    /** Form fields are the body's, not query parameters (springdoc lists a form's @RequestParam as a query one). */
    private static void dropFormFieldsFromParameters(Operation operation, JsonNode typed) {
        JsonNode form = typed.has("form") ? typed.path("form") : typed.path("multipart");
        if (operation.getParameters() == null || form.isMissingNode()) {
            return;
        }
        Set<String> fields = new TreeSet<>();
        form.path("properties").fieldNames().forEachRemaining(fields::add);
        List<Parameter> kept = new ArrayList<>(operation.getParameters());
        kept.removeIf(parameter -> "query".equals(parameter.getIn()) && fields.contains(parameter.getName()));
        operation.setParameters(kept.isEmpty() ? null : kept);
    }

    private ApiResponses responses(JsonNode answers, String path, boolean readsInput) {
        ApiResponses responses = new ApiResponses();
        answers.properties().forEach(answer -> {
            JsonNode value = answer.getValue();
            Content content = new Content();
            if (value.has("content")) {
                value.path("content").properties().forEach(media -> content.addMediaType(media.getKey(),
                        new MediaType().schema(schema(media.getValue().path("schema")))));
            } else {
                content.addMediaType("application/json", new MediaType().schema(schema(value)));
            }
            responses.addApiResponse(answer.getKey(), new ApiResponse()
                    .description(STATUS_TEXT.getOrDefault(answer.getKey(), "OK")).content(content));
        });
        String envelope = envelopeOf(path);
        if (readsInput) {
            String unreadable = envelope.equals("DetailError") ? "DetailValidationError" : envelope;
            responses.addApiResponse("422", new ApiResponse()
                    .description("A body or parameter that cannot be read at all: the validation items under detail")
                    .content(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref(SCHEMAS + unreadable)))));
        }
        responses.addApiResponse("default", new ApiResponse()
                .description("A refusal (400, 401, 403, 404, 409, 413, 415, 429, 502, 503) in this route"
                        + " family's envelope")
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref(SCHEMAS + envelope)))));
        return responses;
    }

    /** The shared component of the envelope the path's refusals are in. */
    static String envelopeOf(String path) {
        return switch (ErrorBodies.of(path.replaceAll("\\{[^}]+}", "x"))) {
            case DETAIL -> "DetailError";
            case MESSAGE -> "MessageError";
            case ERROR -> "ErrorError";
        };
    }

    private static void security(Operation operation, JsonNode roles) {
        if (!roles.isArray()) {
            // public: no session needed (overrides nothing, says so explicitly)
            operation.setSecurity(List.of());
            return;
        }
        List<SecurityRequirement> anyOf = new ArrayList<>();
        List<String> names = new ArrayList<>();
        roles.forEach(role -> {
            anyOf.add(new SecurityRequirement().addList(OpenApiConfiguration.sessionScheme(role.asText())));
            names.add(role.asText());
        });
        operation.setSecurity(anyOf);
        String who = "Who may call it: " + String.join(", ", names) + " session.";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
    }

    private static Schema<?> schema(JsonNode node) {
        return Yaml.mapper().convertValue(node, Schema.class);
    }

    /**
     * An {@code allOf} of named and inline object schemas becomes one object schema: the answers
     * list every field they may carry (extra fields are drift, so the parts could not each be
     * closed), and client generators read one plain object more easily than a composition.
     */
    private void flattenAllOf(JsonNode node) {
        node.forEach(this::flattenAllOf);
        if (!(node instanceof ObjectNode object) || !object.has("allOf")) {
            return;
        }
        ObjectNode properties = object.objectNode();
        Set<String> required = new TreeSet<>();
        for (JsonNode part : object.remove("allOf")) {
            JsonNode schema = part.has("$ref") ? spec.path("schemas").path(part.path("$ref").asText()) : part;
            if (schema.isMissingNode() || schema.has("allOf")) {
                throw new IllegalStateException("operations.yaml: allOf of " + part + " cannot be merged");
            }
            if (schema.path("properties") instanceof ObjectNode named) {
                properties.setAll(named);
            }
            schema.path("required").forEach(name -> required.add(name.asText()));
        }
        object.put("type", "object");
        object.set("properties", properties);
        if (!required.isEmpty()) {
            required.forEach(object.putArray("required")::add);
        }
    }

    /** {@code $ref: Name} -> {@code $ref: #/components/schemas/Name}. */
    private static void qualifyReferences(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("$ref").isTextual()
                && !object.path("$ref").asText().startsWith("#")) {
            object.put("$ref", SCHEMAS + object.path("$ref").asText());
        }
        node.forEach(TypedOperations::qualifyReferences);
    }
}
