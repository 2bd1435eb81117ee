package com.careerplatform.leveling.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's answers about company ladders. */
public final class LadderViews {

    private LadderViews() {
    }

    public record EdgeView(
            @Schema(maxLength = 100) String label,
            @Schema(maxLength = 16) String level,
            @Schema(maxLength = 500) String source,
            Confidence confidence,
            Basis basis) {

        static EdgeView of(LadderEdge edge) {
            return new EdgeView(edge.label, edge.levelCode, edge.source, edge.confidence, edge.basis);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LadderView(
            @Schema(maxLength = 64) String code,
            @Schema(maxLength = 200) String name,
            @Schema(maxLength = 2000) String note,
            @Schema(maxItems = LadderService.MAX_EDGES) List<EdgeView> edges) {

        static LadderView of(CompanyLadder ladder) {
            return new LadderView(ladder.code, ladder.name, ladder.note, ladder.edges.stream().map(EdgeView::of).toList());
        }
    }

    /** Another company's labels for the same internal level, with the confidence of the weakest edge used. */
    // @Schema cannot annotate a type argument; SmallRye takes the items' maxLength from @Size on it.
    public record EquivalentView(
            @Schema(maxLength = 64) String company,
            @Schema(maxLength = 200) String name,
            @Schema(maxItems = LadderService.MAX_EDGES) List<@Size(max = 100) String> labels,
            Confidence confidence) {
    }

    /**
     * A label translated: the internal level (by the winning edge), the other edges for the same label, and
     * every other company's labels at that level.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranslationView(
            @Schema(maxLength = 64) String company,
            @Schema(maxLength = 200) String companyName,
            @Schema(maxLength = 100) String label,
            @Schema(maxLength = 16) String level,
            @Schema(maxLength = 100) String stage,
            EdgeView edge,
            @Schema(maxItems = LadderService.MAX_EDGES - 1) List<EdgeView> otherEdges,
            @Schema(maxItems = LadderService.MAX_LADDERS - 1) List<EquivalentView> equivalents) {
    }
}
