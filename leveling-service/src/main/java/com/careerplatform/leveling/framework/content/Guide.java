package com.careerplatform.leveling.framework.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Reading that goes with a framework beyond its levels (pay, negotiation, remote work, the next decade,
 * pacing), the self-assessment checklist, the coaching notes, and the evidence hints promotion packets show:
 * passages in the source's order, each with its section, its bullets word for word, and the remarks before
 * and after them.
 */
public record Guide(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be UPPER_SNAKE_CASE") String code,
        @NotNull GuideUse use,
        @Size(max = 16) String section,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Passage> passages) {

    public Guide {
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    /**
     * One passage: a remark ({@code text}), bullets, a closing remark, and for evidence hints the kinds of
     * promotion evidence it speaks to.
     */
    public record Passage(
            @Size(max = 16) String section,
            @Size(max = 200) String title,
            @Size(max = 4000) String text,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> items,
            @Size(max = 2000) String closing,
            @Size(max = 10) List<@NotBlank @Size(max = 64) String> evidenceKinds) {

        public Passage {
            items = items == null ? List.of() : List.copyOf(items);
            evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
        }
    }

    /** Every bullet of the guide in order: a checklist's items, numbered from 1 by self-assessments. */
    public List<String> checklistItems() {
        return passages.stream().flatMap(passage -> passage.items().stream()).toList();
    }
}
