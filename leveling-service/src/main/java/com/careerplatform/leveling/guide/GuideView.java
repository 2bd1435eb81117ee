package com.careerplatform.leveling.guide;

import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.content.Guide;
import com.careerplatform.leveling.framework.content.GuideUse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One guide of a published framework version. */
public record GuideView(
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int version,
        @Schema(maxLength = 64) String code,
        GuideUse use,
        @Schema(maxLength = 16) String section,
        @Schema(maxLength = 200) String title,
        @Schema(maxItems = 50) List<Guide.Passage> passages) {

    static GuideView of(String framework, int version, Guide guide) {
        return new GuideView(framework, version, guide.code(), guide.use(), guide.section(), guide.title(), guide.passages());
    }
}
