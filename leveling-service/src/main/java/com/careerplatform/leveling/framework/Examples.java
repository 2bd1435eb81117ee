package com.careerplatform.leveling.framework;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String LEVEL_L5 = """
            {
              "framework": "ai-engineer",
              "version": 1,
              "code": "L5",
              "stage": "Senior",
              "title": "Senior",
              "years": {"from": 3, "to": 6},
              "summary": "System design",
              "sourceSection": "3",
              "axes": [{"code": "TECHNICAL_DEPTH", "name": "Technical depth",
                        "description": "internals of LLM, RAG, and agent systems."}],
              "expectations": [{"text": "Cross-team coordination: PM, Design, Data, Infra.", "section": "3.1",
                                "sectionTitle": "Expected competencies"}],
              "mustDos": [], "donts": [],
              "proofPoints": [{"text": "Write 3-5 Design Docs or RFCs.", "section": "3.4",
                               "sectionTitle": "Preparing for staff"}],
              "interviewProbes": [], "commonMistakes": [], "staffCompetencies": [], "archetypes": [], "notes": []
            }
            """;

    static final String UNKNOWN_LEVEL = """
            {
              "type": "urn:career-platform:problem:not-found",
              "title": "Resource not found",
              "status": 404,
              "detail": "Framework ai-engineer version 1 has no level 'L9'; its levels are [L3, L4, L5, L6, L7, L8]",
              "instance": "/api/v1/frameworks/ai-engineer/levels/L9"
            }
            """;

    static final String CREATE = """
            {
              "slug": "data-engineer",
              "content": {
                "name": "Data Engineer",
                "axes": [{"code": "TECHNICAL_DEPTH", "name": "Technical depth", "description": "pipelines and storage."}],
                "levels": [{"code": "L3", "stage": "Junior", "title": "Junior", "yearsFrom": 0, "yearsTo": 3,
                            "items": [{"kind": "EXPECTATION", "text": "Ship a tested pipeline."}]}]
              }
            }
            """;

    static final String DRAFT_CONTENT = """
            {
              "name": "Data Engineer",
              "axes": [{"code": "TECHNICAL_DEPTH", "name": "Technical depth", "description": "pipelines and storage."}],
              "levels": [{"code": "L3", "stage": "Junior", "title": "Junior", "yearsFrom": 0, "yearsTo": 3,
                          "items": [{"kind": "EXPECTATION", "text": "Ship a tested pipeline."},
                                    {"kind": "EXPECTATION", "text": "Own one dashboard."}]}]
            }
            """;

    private Examples() {
    }
}
