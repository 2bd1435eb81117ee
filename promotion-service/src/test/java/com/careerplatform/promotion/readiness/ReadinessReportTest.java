package com.careerplatform.promotion.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.careerplatform.promotion.evidence.EvidenceItem;
import com.careerplatform.promotion.evidence.EvidenceKind;
import com.careerplatform.promotion.evidence.EvidenceRole;
import com.careerplatform.promotion.leveling.FrameworkLevels.BarRule;
import com.careerplatform.promotion.leveling.FrameworkLevels.Requirements;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The report's documented bounds hold for the largest level leveling-service accepts. */
class ReadinessReportTest {

    private static String code(int i) {
        return ("RULE_" + i + "_").concat("X".repeat(64)).substring(0, 64);
    }

    @Test
    void aLevelAtEveryLimitMissedByOneGivesAtMostFortyFourGapsOfAtMost611Characters() {
        List<String> axes = IntStream.range(0, 20).mapToObj(ReadinessReportTest::code).toList();
        List<BarRule> bar = IntStream.range(0, 20)
                .mapToObj(i -> new BarRule(code(i), "d".repeat(500), "s".repeat(16), List.of(), List.of(), List.of(),
                        List.of(), 100))
                .toList();
        List<EvidenceItem> evidence = Collections.nCopies(99, talk());

        ReadinessReport report = ReadinessReport.of(new Requirements("L10", axes, true, bar), List.of(), evidence);

        assertFalse(report.ready());
        assertEquals(44, report.gaps().size());
        assertEquals(611, report.gaps().stream().mapToInt(String::length).max().orElseThrow());
    }

    private static EvidenceItem talk() {
        EvidenceItem item = new EvidenceItem();
        item.kind = EvidenceKind.TALK;
        item.role = EvidenceRole.AUTHOR;
        item.axes = List.of();
        item.competencies = List.of();
        return item;
    }
}
