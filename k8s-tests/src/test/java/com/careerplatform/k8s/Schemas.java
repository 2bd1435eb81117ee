package com.careerplatform.k8s;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.schema.validator.ValidationMessage;
import io.fabric8.kubernetes.schema.validator.Validator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The schema of an object's kind, and what of the object it refuses. Kubernetes' own kinds (and the
 * Prometheus operator's) are checked against the fabric8 model's copy of the Kubernetes API document;
 * the CloudNativePG and Keycloak operators' resources against crd-fields.yaml, which holds the fields of
 * their CRDs this platform uses, copied from the operators' published CRDs. Both refuse unknown fields,
 * which the API server would otherwise drop without a word.
 */
final class Schemas {

    private static final Set<String> OPERATOR_GROUPS = Set.of("postgresql.cnpg.io", "barmancloud.cnpg.io", "k8s.keycloak.org");
    private static final Validator KUBERNETES = Validator.newInstance();
    private static final OpenAPI OPERATOR_CRDS = operatorCrds();
    private static final SchemaValidator OPERATOR_VALIDATOR = new SchemaValidator(OPERATOR_CRDS, new MessageResolver());

    private Schemas() {
    }

    /** Every error the schema of the object's kind finds in it; none for an object that matches. */
    static List<String> errors(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (OPERATOR_GROUPS.contains(group)) {
            return operatorErrors(object, apiVersion);
        }
        return KUBERNETES.validate(asFabric8FindsIt(object, group)).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationMessage.Level.ERROR)
                .filter(message -> !isIntOrStringNumber(message))
                .map(ValidationMessage::getMessage)
                .toList();
    }

    /** The API document types an int-or-string field (a port, maxSurge) as a string; the API server takes a number too. */
    private static boolean isIntOrStringNumber(ValidationMessage message) {
        return message.getSchema().endsWith("intstr.IntOrString") && message.getMessage().contains("Instance type (integer)");
    }

    /**
     * fabric8's validator looks a kind of a {@code *.k8s.io} group up under the wrong name (and finds
     * nothing, so passes anything); named by the group's first label, it finds the right schema.
     */
    private static JsonNode asFabric8FindsIt(JsonNode object, String group) {
        if (!group.endsWith(".k8s.io")) {
            return object;
        }
        ObjectNode renamed = object.deepCopy();
        renamed.put("apiVersion", group.substring(0, group.indexOf('.')) + object.path("apiVersion").asText().substring(group.length()));
        return renamed;
    }

    private static List<String> operatorErrors(JsonNode object, String apiVersion) {
        String key = apiVersion.replace('/', '_') + "_" + object.path("kind").asText();
        Schema<?> schema = OPERATOR_CRDS.getComponents().getSchemas().get(key);
        if (schema == null) {
            return List.of("crd-fields.yaml has no schema " + key);
        }
        return OPERATOR_VALIDATOR.validate(() -> object, schema, "crd").getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    private static OpenAPI operatorCrds() {
        try (InputStream in = Schemas.class.getResourceAsStream("/crd-fields.yaml")) {
            OpenAPI api = new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getOpenAPI();
            if (api == null) {
                throw new IllegalStateException("crd-fields.yaml is not an OpenAPI 3 document");
            }
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
