package com.careerplatform.leveling.decision;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String CREATE = """
            {
              "candidateId": "cand-2026-0042",
              "frameworkSlug": "ai-engineer",
              "signals": [
                {"round": "SYSTEM_DESIGN", "interviewer": "hugo",
                 "scores": {"SYSTEM_DESIGN": 3, "TECHNICAL_DEPTH": 3}, "recommendedLevel": "L5"},
                {"round": "CODING", "interviewer": "hilda", "scores": {"TECHNICAL_DEPTH": 4}, "recommendedLevel": "L5"}
              ],
              "proposedLevel": "L5",
              "rationale": "Designed a RAG system end to end; strong on trade-offs.",
              "chair": "hana"
            }
            """;

    private Examples() {
    }
}
