package com.careerplatform.leveling.decision;

import com.careerplatform.leveling.framework.content.RoundType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What one interview round said: per-axis scores from 1 to 4, the level the interviewer recommends, and the
 * questions asked, by their ids in the framework's interview loop (7.2.1 is the first of section 7.2).
 */
public record RoundSignal(
        @NotNull RoundType round,
        @NotBlank @Size(max = 200) String interviewer,
        @NotEmpty @Size(max = 20)
        Map<@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an axis code such as SYSTEM_DESIGN") String,
                @NotNull @Min(value = 1, message = "must be between 1 and 4") @Max(value = 4, message = "must be between 1 and 4") Integer> scores,
        @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be a level code such as L5") String recommendedLevel,
        @Size(max = 4000) String notes,
        @Size(max = 50) List<@NotBlank @Size(max = 24) String> questions) {

    public RoundSignal {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
