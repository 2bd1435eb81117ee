package com.careerplatform.comp.band;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String BAND_CHANGE = """
            {"effectiveFrom": "2026-01-01", "totalCompMin": "400000.00", "totalCompMax": "580000.00", "openEnded": false,
             "equityNote": "NONE", "visibility": "PUBLISHED", "sourceLabel": "$400K-$580K", "source": "2026 market review"}
            """;

    private Examples() {
    }
}
