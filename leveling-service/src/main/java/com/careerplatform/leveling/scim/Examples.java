package com.careerplatform.leveling.scim;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String USER = """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                         "urn:career-platform:scim:schemas:extension:career:2.0:User"],
             "userName": "dana", "externalId": "wd-20417", "name": {"givenName": "Dana", "familyName": "Diaz"},
             "displayName": "Dana Diaz", "emails": [{"value": "dana@career.example", "type": "work", "primary": true}],
             "active": true,
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E2001",
               "manager": {"value": "5b6c1f6e-2d7a-4f3b-9c1e-8a2b3c4d5e6f"}},
             "urn:career-platform:scim:schemas:extension:career:2.0:User": {"framework": "ai-engineer",
               "track": "AI_ENGINEER", "level": "L6", "market": "US"}}
            """;

    static final String PATCH = """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                             "value": {"value": "5b6c1f6e-2d7a-4f3b-9c1e-8a2b3c4d5e6f"}}]}
            """;

    private Examples() {
    }
}
