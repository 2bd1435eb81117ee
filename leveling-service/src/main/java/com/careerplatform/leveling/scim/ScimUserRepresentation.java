package com.careerplatform.leveling.scim;

import com.careerplatform.leveling.people.LevelChange;
import com.careerplatform.leveling.people.Person;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** A person as a SCIM User: core attributes, the enterprise extension with the manager, the career extension. */
final class ScimUserRepresentation {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ScimUserRepresentation() {
    }

    /** The weak ETag of the representation: it changes with the record and with the level in force. */
    static String version(Person person, LevelChange inForce) {
        return "W/\"" + person.revision + "-" + (inForce == null ? 0 : inForce.seq) + "\"";
    }

    static URI location(URI base, Person person) {
        return base.resolve("scim/v2/Users/" + person.scimId);
    }

    /** {@code manager} is the person's manager (null when they have none), {@code base} the service's base URI. */
    static ObjectNode of(Person person, LevelChange inForce, Person manager, URI base) {
        ObjectNode user = JSON.objectNode();
        user.putArray("schemas").add(ScimSchemas.CORE_USER).add(ScimSchemas.ENTERPRISE_USER).add(ScimSchemas.CAREER_USER);
        user.put("id", person.scimId.toString());
        putIfSet(user, "externalId", person.externalId);
        user.put("userName", person.userName);
        ObjectNode name = JSON.objectNode();
        putIfSet(name, "givenName", person.givenName);
        putIfSet(name, "familyName", person.familyName);
        name.put("formatted", person.shownName());
        user.set("name", name);
        putIfSet(user, "displayName", person.displayName);
        if (person.email != null) {
            user.putArray("emails").addObject().put("value", person.email).put("type", "work").put("primary", true);
        }
        user.put("active", person.active);
        ObjectNode enterprise = user.putObject(ScimSchemas.ENTERPRISE_USER);
        enterprise.put("employeeNumber", person.employeeId);
        if (manager != null) {
            enterprise.putObject("manager").put("value", manager.scimId.toString())
                    .put("$ref", location(base, manager).toString()).put("displayName", manager.shownName());
        }
        ObjectNode career = user.putObject(ScimSchemas.CAREER_USER);
        putIfSet(career, "framework", person.frameworkSlug);
        putIfSet(career, "track", person.track);
        if (inForce != null) {
            career.put("level", inForce.level);
            career.put("levelSince", inForce.effectiveFrom.toString());
        }
        putIfSet(career, "market", person.market == null ? null : person.market.name());
        user.putObject("meta").put("resourceType", "User")
                .put("created", person.createdAt.toInstant().toString())
                .put("lastModified", person.updatedAt.toInstant().toString())
                .put("location", location(base, person).toString())
                .put("version", version(person, inForce));
        return user;
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
