package com.careerplatform.leveling.decision;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.leveling.framework.FrameworkReader;
import com.careerplatform.leveling.framework.FrameworkVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a framework's final levels are distributed, and how far each interviewer's recommendations in each
 * round type sit from the committee's final level. Decisions that were corrected count through their
 * correction only.
 */
@ApplicationScoped
public class CalibrationService {

    private final FrameworkReader frameworks;

    CalibrationService(FrameworkReader frameworks) {
        this.frameworks = frameworks;
    }

    /** Final levels per framework version. */
    public record LevelCount(
            @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int frameworkVersion,
            @Schema(maxLength = 16) String level,
            @Schema(minimum = "1", maximum = "" + Integer.MAX_VALUE) long decisions) {
    }

    /** Positive gap: the interviewer recommended above the final level, in levels; averaged over signals. */
    public record InterviewerGap(
            @Schema(maxLength = 200) String interviewer,
            RoundType round,
            @Schema(minimum = "1", maximum = "" + Long.MAX_VALUE) long signals,
            BigDecimal averageGap) {
    }

    /** {@code interviewers} is paged: every interviewer of the period is in it, once per round type. */
    public record CalibrationView(
            @Schema(maxLength = 64) String frameworkSlug,
            LocalDate from,
            LocalDate to,
            @Schema(minimum = "0", maximum = "" + Integer.MAX_VALUE) long decisions,
            // One entry per version and level with final decisions: 100000 versions of at most 30 levels.
            @Schema(maxItems = FrameworkVersion.MAX_NUMBER * 30) List<LevelCount> distribution,
            PageView<InterviewerGap> interviewers) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalibrationView calibrate(String slug, LocalDate from, LocalDate to, PageParams page) {
        frameworks.framework(slug);
        List<LevelingDecision> finals = LevelingDecision.<LevelingDecision>list(
                "frameworkSlug = ?1 and status = ?2 and finalizedAt >= ?3 and finalizedAt < ?4", slug,
                DecisionStatus.FINAL, from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        Set<Object> corrected = LevelingDecision.<LevelingDecision>list("supersedes is not null and status = ?1",
                        DecisionStatus.FINAL).stream()
                .map(decision -> (Object) decision.supersedes)
                .collect(Collectors.toSet());
        List<LevelingDecision> standing = finals.stream().filter(decision -> !corrected.contains(decision.id)).toList();
        List<InterviewerGap> gaps = gaps(slug, standing);
        return new CalibrationView(slug, from, to, standing.size(), distribution(standing), PageView.slice(gaps, page));
    }

    private static List<LevelCount> distribution(List<LevelingDecision> decisions) {
        Map<Integer, Map<String, Long>> counts = new TreeMap<>();
        decisions.forEach(decision -> counts.computeIfAbsent(decision.frameworkVersion, version -> new TreeMap<>())
                .merge(decision.finalLevel, 1L, Long::sum));
        List<LevelCount> result = new ArrayList<>();
        counts.forEach((version, levels) -> levels.forEach((level, count) -> result.add(new LevelCount(version, level, count))));
        return result;
    }

    private List<InterviewerGap> gaps(String slug, List<LevelingDecision> decisions) {
        Map<Integer, List<String>> levelOrders = new HashMap<>();
        Map<String, long[]> sums = new TreeMap<>();
        for (LevelingDecision decision : decisions) {
            List<String> order = levelOrders.computeIfAbsent(decision.frameworkVersion,
                    version -> frameworks.published(slug, version).content.levelCodes());
            int finalIndex = order.indexOf(decision.finalLevel);
            for (RoundSignal signal : decision.signals) {
                long[] sum = sums.computeIfAbsent(signal.interviewer() + "\n" + signal.round(), key -> new long[2]);
                sum[0] += order.indexOf(signal.recommendedLevel()) - finalIndex;
                sum[1]++;
            }
        }
        return sums.entrySet().stream()
                .map(entry -> {
                    String[] key = entry.getKey().split("\n", 2);
                    long[] sum = entry.getValue();
                    return new InterviewerGap(key[0], RoundType.valueOf(key[1]), sum[1],
                            BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 2, RoundingMode.HALF_UP));
                })
                .sorted(Comparator.comparing(InterviewerGap::interviewer).thenComparing(InterviewerGap::round))
                .toList();
    }
}
