package com.careerplatform.leveling.ladder;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String TRANSLATION = """
            {
              "company": "openai", "companyName": "OpenAI", "label": "E5", "level": "L5", "stage": "Senior",
              "edge": {"label": "E5", "level": "L5", "source": "AI Engineer career guide 2025-2026, table 1.1",
                       "confidence": "MEDIUM", "basis": "SOURCE_STATED"},
              "otherEdges": [],
              "equivalents": [
                {"company": "meta", "name": "Meta", "labels": ["L5"], "confidence": "MEDIUM"},
                {"company": "mts-unnamed", "name": "MTS ladder (unnamed in source)", "labels": ["Senior MTS"],
                 "confidence": "LOW"},
                {"company": "typical-startup", "name": "Typical startup", "labels": ["Senior"], "confidence": "MEDIUM"},
                {"company": "korean-conglomerate", "name": "Korean conglomerate", "labels": ["Manager"],
                 "confidence": "MEDIUM"}
              ]
            }
            """;

    static final String CREATE_LADDER = """
            {
              "code": "google", "name": "Google", "note": "Software engineering ladder",
              "edges": [
                {"label": "L4", "level": "L4", "source": "internal calibration 2026", "confidence": "HIGH"},
                {"label": "L5", "level": "L5", "source": "internal calibration 2026", "confidence": "HIGH"}
              ]
            }
            """;

    private Examples() {
    }
}
