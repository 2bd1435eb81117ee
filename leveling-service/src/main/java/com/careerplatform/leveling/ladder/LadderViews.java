package com.careerplatform.leveling.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The API's answers about company ladders. */
public final class LadderViews {

    private LadderViews() {
    }

    public record EdgeView(String label, String level, String source, Confidence confidence) {

        static EdgeView of(LadderEdge edge) {
            return new EdgeView(edge.label, edge.levelCode, edge.source, edge.confidence);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LadderView(String code, String name, String note, List<EdgeView> edges) {

        static LadderView of(CompanyLadder ladder) {
            return new LadderView(ladder.code, ladder.name, ladder.note, ladder.edges.stream().map(EdgeView::of).toList());
        }
    }

    /** Another company's labels for the same internal level, with the confidence of the weakest edge used. */
    public record EquivalentView(String company, String name, List<String> labels, Confidence confidence) {
    }

    /**
     * A label translated: the internal level (by the winning edge), the other edges for the same label, and
     * every other company's labels at that level.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranslationView(String company, String companyName, String label, String level, String stage,
            EdgeView edge, List<EdgeView> otherEdges, List<EquivalentView> equivalents) {
    }
}
