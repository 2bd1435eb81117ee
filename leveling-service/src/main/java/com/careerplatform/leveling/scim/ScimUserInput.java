package com.careerplatform.leveling.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;
import com.unboundid.scim2.common.types.SchemaResource;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A User body as a client sent it (POST, PUT, or the result of a PATCH), checked against
 * {@link ScimSchemas}: its {@code schemas} must name the core User schema and every extension the body
 * carries; an attribute no schema has, a value of the wrong type or too long, more than one email are
 * refused with RFC 7644's scimType. Read-only attributes ({@code id}, {@code meta}, {@code name.formatted},
 * {@code manager.$ref}, …) are ignored, as RFC 7644 §3.5.1 asks. A JSON null is an unassigned value.
 */
final class ScimUserInput {

    /** The values of a checked body; null where the body has none. */
    record Values(String userName, String externalId, String givenName, String familyName, String displayName,
            String email, Boolean active, String employeeNumber, String managerScimId, String framework, String track,
            String level, String market) {
    }

    /** The longest value of each string attribute: the people record's column sizes. */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("username", 256),
            Map.entry("externalid", 256), Map.entry("name.givenname", 100), Map.entry("name.familyname", 100),
            Map.entry("displayname", 200), Map.entry("emails.value", 320), Map.entry("employeenumber", 64),
            Map.entry("manager.value", 64), Map.entry("framework", 64), Map.entry("track", 64), Map.entry("level", 16));
    private static final int MAX_OTHER_LENGTH = 64;

    private ScimUserInput() {
    }

    static Values read(JsonNode body) throws BadRequestException {
        if (body == null || !body.isObject()) {
            throw BadRequestException.invalidSyntax("The body must be a JSON object: a SCIM User");
        }
        Set<String> declared = declaredSchemas(body);
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("schemas") || name.equals("id") || name.equals("meta")) {
                continue;
            }
            if (name.equals("externalid")) {
                checkText(field.getValue(), "externalId", "externalid", null);
                continue;
            }
            SchemaResource extension = ScimSchemas.BY_URN.get(name);
            if (extension != null && !extension.getId().equals(ScimSchemas.CORE_USER)) {
                if (!declared.contains(name)) {
                    throw BadRequestException.invalidSyntax("The body carries " + field.getKey()
                            + " but its schemas do not list it");
                }
                checkObject(extension.getAttributes(), field.getValue(), field.getKey(), "");
                continue;
            }
            AttributeDefinition attribute = ScimSchemas.attribute(ScimSchemas.CORE, name);
            if (attribute == null) {
                throw unknown(field.getKey(), ScimSchemas.CORE_USER);
            }
            check(attribute, field.getValue(), attribute.getName(), "");
        }
        JsonNode enterprise = member(body, ScimSchemas.ENTERPRISE_USER);
        JsonNode career = member(body, ScimSchemas.CAREER_USER);
        JsonNode name = member(body, "name");
        return new Values(text(body, "userName"), text(body, "externalId"), text(name, "givenName"),
                text(name, "familyName"), text(body, "displayName"), email(member(body, "emails")),
                bool(member(body, "active")), text(enterprise, "employeeNumber"),
                text(member(enterprise, "manager"), "value"), text(career, "framework"), text(career, "track"),
                text(career, "level"), text(career, "market"));
    }

    private static Set<String> declaredSchemas(JsonNode body) throws BadRequestException {
        JsonNode schemas = member(body, "schemas");
        if (schemas == null || !schemas.isArray() || schemas.isEmpty()) {
            throw BadRequestException.invalidSyntax("schemas must list " + ScimSchemas.CORE_USER
                    + " and the extensions the body carries");
        }
        Set<String> declared = new HashSet<>();
        for (JsonNode schema : schemas) {
            String urn = schema.isTextual() ? schema.asText().toLowerCase(Locale.ROOT) : null;
            if (urn == null || !ScimSchemas.BY_URN.containsKey(urn)) {
                throw BadRequestException.invalidSyntax("Unknown schema " + schema + ": Users here have the schemas "
                        + ScimSchemas.USER_SCHEMAS);
            }
            declared.add(urn);
        }
        if (!declared.contains(ScimSchemas.CORE_USER.toLowerCase(Locale.ROOT))) {
            throw BadRequestException.invalidSyntax("schemas must list " + ScimSchemas.CORE_USER);
        }
        return declared;
    }

    private static void check(AttributeDefinition attribute, JsonNode value, String path, String parent)
            throws BadRequestException {
        if (value.isNull() || attribute.getMutability() == Mutability.READ_ONLY) {
            return;
        }
        if (attribute.isMultiValued()) {
            if (!value.isArray()) {
                throw BadRequestException.invalidValue(path + " must be an array");
            }
            for (JsonNode element : value) {
                checkSingle(attribute, element, path, parent);
            }
            return;
        }
        checkSingle(attribute, value, path, parent);
    }

    private static void checkSingle(AttributeDefinition attribute, JsonNode value, String path, String parent)
            throws BadRequestException {
        String key = (parent.isEmpty() ? "" : parent + ".") + attribute.getName().toLowerCase(Locale.ROOT);
        Type type = attribute.getType();
        if (type == Type.COMPLEX) {
            checkObject(attribute.getSubAttributes(), value, path, key);
        } else if (type == Type.BOOLEAN) {
            if (!value.isBoolean()) {
                throw BadRequestException.invalidValue(path + " must be true or false");
            }
        } else {
            checkText(value, path, key, attribute);
        }
    }

    private static void checkObject(Collection<AttributeDefinition> attributes, JsonNode value, String path,
            String key) throws BadRequestException {
        if (value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            throw BadRequestException.invalidValue(path + " must be an object");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            AttributeDefinition attribute = ScimSchemas.find(attributes, field.getKey());
            if (attribute == null) {
                throw unknown(path + "." + field.getKey(), path);
            }
            check(attribute, field.getValue(), path + "." + attribute.getName(), key);
        }
    }

    private static void checkText(JsonNode value, String path, String key, AttributeDefinition attribute)
            throws BadRequestException {
        if (value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            throw BadRequestException.invalidValue(path + " must be a string");
        }
        String text = value.asText();
        int max = MAX_LENGTH.getOrDefault(key, MAX_OTHER_LENGTH);
        if (text.length() > max) {
            throw BadRequestException.invalidValue(path + " must be at most " + max + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw BadRequestException.invalidValue(path + " must not contain control characters");
        }
        Collection<String> canonical = attribute == null ? null : attribute.getCanonicalValues();
        if (canonical != null && !canonical.isEmpty() && canonical.stream().noneMatch(text::equalsIgnoreCase)) {
            throw BadRequestException.invalidValue(path + " must be one of " + attribute.getCanonicalValues());
        }
    }

    private static BadRequestException unknown(String attribute, String schema) {
        return BadRequestException.invalidSyntax("Unknown attribute '" + attribute + "' of " + schema
                + "; GET /scim/v2/Schemas lists the attributes kept here");
    }

    private static String email(JsonNode emails) throws BadRequestException {
        if (emails == null || emails.isNull() || emails.isEmpty()) {
            return null;
        }
        if (emails.size() > 1) {
            throw BadRequestException.invalidValue("emails: the people record keeps one work email; this body has "
                    + emails.size());
        }
        String value = text(emails.get(0), "value");
        if (value == null || !value.contains("@")) {
            throw BadRequestException.invalidValue("emails[0].value must be an email address");
        }
        return value;
    }

    /** A member of an object by name, compared without case; null when absent or null. */
    static JsonNode member(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue();
            }
        }
        return null;
    }

    private static String text(JsonNode object, String name) {
        JsonNode value = member(object, name);
        return value == null || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static Boolean bool(JsonNode value) {
        return value == null ? null : value.asBoolean();
    }
}
