package com.careerplatform.leveling.scim;

import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;
import com.unboundid.scim2.common.types.AttributeDefinition.Uniqueness;
import com.unboundid.scim2.common.types.SchemaResource;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The attributes a User has here: the subset of RFC 7643's core User and enterprise extension the people
 * record keeps, and the platform's career extension. One definition serves both the {@code /Schemas}
 * document and the check of every request body, so a client reading the schema knows exactly what is
 * accepted; anything else is refused, never silently dropped.
 */
public final class ScimSchemas {

    public static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String CAREER_USER = "urn:career-platform:scim:schemas:extension:career:2.0:User";
    public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public static final List<String> USER_SCHEMAS = List.of(CORE_USER, ENTERPRISE_USER, CAREER_USER);

    static final SchemaResource CORE = new SchemaResource(CORE_USER, "User",
            "A person of the organisation: the core User attributes the people record keeps", List.of(
                    string("userName", "Unique identifier the HR system uses for the person (case-insensitive)")
                            .setRequired(true).setUniqueness(Uniqueness.SERVER).build(),
                    complex("name", "The person's name",
                            string("givenName", "Given name").build(),
                            string("familyName", "Family name").build(),
                            string("formatted", "Given and family name, as shown").setMutability(Mutability.READ_ONLY).build())
                            .build(),
                    string("displayName", "The name shown for the person").build(),
                    complex("emails", "The person's work email: at most one",
                            string("value", "The address").build(),
                            string("type", "Always work").addCanonicalValues("work").build(),
                            new AttributeDefinition.Builder().setName("primary").setType(Type.BOOLEAN)
                                    .setDescription("Always true").build())
                            .setMultiValued(true).build(),
                    new AttributeDefinition.Builder().setName("active").setType(Type.BOOLEAN)
                            .setDescription("Whether the person works here; false keeps the record and its history").build()));

    static final SchemaResource ENTERPRISE = new SchemaResource(ENTERPRISE_USER, "EnterpriseUser",
            "The enterprise extension attributes the people record keeps", List.of(
                    string("employeeNumber", "The employee id every service knows the person by; required, never changes")
                            .setRequired(true).setMutability(Mutability.IMMUTABLE).setUniqueness(Uniqueness.SERVER)
                            .setCaseExact(true).build(),
                    complex("manager", "The person's manager",
                            string("value", "The id of the manager's SCIM User resource").setCaseExact(true).build(),
                            new AttributeDefinition.Builder().setName("$ref").setType(Type.REFERENCE)
                                    .addReferenceTypes("User").setMutability(Mutability.READ_ONLY)
                                    .setDescription("The manager's SCIM User resource").build(),
                            string("displayName", "The manager's name").setMutability(Mutability.READ_ONLY).build())
                            .build()));

    static final SchemaResource CAREER = new SchemaResource(CAREER_USER, "CareerUser",
            "Career Platform: the framework, track, level and pay market of a person", List.of(
                    string("framework", "The leveling framework the person is leveled in, such as ai-engineer"
                            + " (default ai-engineer)").setCaseExact(true).build(),
                    string("track", "The person's track in the framework, such as AI_ENGINEER").setCaseExact(true).build(),
                    string("level", "The level in force today, such as L5. Setting it records an IMPORTED level for a"
                            + " person who has none, else a CORRECTED one; left out, the level stays as it is")
                            .setCaseExact(true).build(),
                    string("levelSince", "The day the level took effect (yyyy-MM-dd)").setMutability(Mutability.READ_ONLY)
                            .build(),
                    string("market", "The pay market").addCanonicalValues("KR", "US", "GLOBAL_REMOTE").setCaseExact(true)
                            .build()));

    /** The schemas by lower-cased URN: SCIM compares URNs and attribute names without case. */
    static final Map<String, SchemaResource> BY_URN = List.of(CORE, ENTERPRISE, CAREER).stream()
            .collect(Collectors.toUnmodifiableMap(schema -> schema.getId().toLowerCase(Locale.ROOT), schema -> schema));

    private ScimSchemas() {
    }

    static AttributeDefinition attribute(SchemaResource schema, String name) {
        return find(schema.getAttributes(), name);
    }

    static AttributeDefinition find(Collection<AttributeDefinition> attributes, String name) {
        return attributes.stream().filter(attribute -> attribute.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static AttributeDefinition.Builder string(String name, String description) {
        return new AttributeDefinition.Builder().setName(name).setType(Type.STRING).setDescription(description);
    }

    private static AttributeDefinition.Builder complex(String name, String description, AttributeDefinition... subAttributes) {
        return new AttributeDefinition.Builder().setName(name).setType(Type.COMPLEX).setDescription(description)
                .addSubAttributes(subAttributes);
    }
}
