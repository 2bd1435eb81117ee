package com.careerplatform.leveling.people;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String PERSON = """
            {"employeeId": "E1001", "userName": "alice", "name": "Alice Anderson", "email": "alice@career.example",
             "managerId": "E1002", "status": "ACTIVE", "framework": "ai-engineer", "track": "AI_ENGINEER", "market": "US",
             "asOf": "2026-03-01", "level": "L5", "frameworkVersion": 1, "levelSince": "2024-01-01", "levelReason": "IMPORTED"}
            """;

    static final String HIRE = """
            {"candidateId": "cand-42", "startDate": "2027-01-04"}
            """;

    static final String CORRECTION = """
            {"level": "L4", "effectiveFrom": "2026-01-01", "note": "Imported as L5 by mistake; the offer letter says L4."}
            """;

    static final String PROMOTION = """
            {"packetId": "7f3c2a9e-1b4d-4c8a-9e2f-0a1b2c3d4e5f", "eventId": "3d9f1e7a-5c2b-4e8d-a6f0-9b8c7d6e5f4a",
             "frameworkSlug": "ai-engineer", "fromLevel": "L5", "toLevel": "L6", "effectiveFrom": "2026-12-03"}
            """;

    static final String IMPORT = """
            {"people": [
              {"employeeId": "E2001", "userName": "dana", "displayName": "Dana Diaz", "email": "dana@career.example",
               "market": "US", "track": "AI_ENGINEER", "level": "L6", "levelEffectiveFrom": "2023-04-01"},
              {"employeeId": "E2002", "userName": "eli", "displayName": "Eli Evans", "managerId": "E2001",
               "market": "KR", "track": "ML_ENGINEER", "level": "L4", "levelEffectiveFrom": "2025-09-01"}
            ]}
            """;

    static final String IMPORT_CSV = """
            employeeId,userName,displayName,managerId,market,track,level,levelEffectiveFrom
            E2001,dana,Dana Diaz,,US,AI_ENGINEER,L6,2023-04-01
            E2002,eli,Eli Evans,E2001,KR,ML_ENGINEER,L4,2025-09-01
            """;

    private Examples() {
    }
}
