package com.careerplatform.leveling.decision;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.leveling.framework.FrameworkReader;
import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.RoundType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a framework's final levels are distributed, and how far each interviewer's recommendations in each
 * round type sit from the committee's final level. Decisions that were corrected count through their
 * correction only.
 */
@ApplicationScoped
public class CalibrationService {

    private final FrameworkReader frameworks;
    private final PublishedVersions publishedVersions;

    CalibrationService(FrameworkReader frameworks, PublishedVersions publishedVersions) {
        this.frameworks = frameworks;
        this.publishedVersions = publishedVersions;
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
        List<LevelCount> distribution = distribution(slug, from, to);
        List<InterviewerGap> gaps = gaps(slug, from, to);
        return new CalibrationView(slug, from, to, distribution.stream().mapToLong(LevelCount::decisions).sum(),
                distribution, PageView.slice(gaps, page));
    }

    /**
     * The period's standing final decisions, counted and grouped in the database: a period may hold
     * millions of decisions, which would not fit in the service's memory.
     */
    private static Query standing(String columnsAndSource, String slug, LocalDate from, LocalDate to, String groupBy) {
        return LevelingDecision.getEntityManager().createNativeQuery("select " + columnsAndSource
                        + " where d.framework_slug = :slug and d.status = 'FINAL'"
                        + " and d.finalized_at >= :from and d.finalized_at < :to"
                        + " and not exists (select 1 from leveling_decision c where c.supersedes = d.id and c.status = 'FINAL')"
                        + " group by " + groupBy)
                .setParameter("slug", slug)
                .setParameter("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static List<LevelCount> distribution(String slug, LocalDate from, LocalDate to) {
        List<?> rows = standing("d.framework_version, d.final_level, count(*) from leveling_decision d", slug, from, to,
                "d.framework_version, d.final_level").getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new LevelCount(((Number) row[0]).intValue(), (String) row[1], ((Number) row[2]).longValue()))
                .sorted(Comparator.comparingInt(LevelCount::frameworkVersion).thenComparing(LevelCount::level))
                .toList();
    }

    private List<InterviewerGap> gaps(String slug, LocalDate from, LocalDate to) {
        List<?> rows = standing("d.framework_version, d.final_level, s ->> 'interviewer', s ->> 'round',"
                        + " s ->> 'recommendedLevel', count(*)"
                        + " from leveling_decision d cross join lateral jsonb_array_elements(d.signals) s", slug, from, to,
                "d.framework_version, d.final_level, s ->> 'interviewer', s ->> 'round', s ->> 'recommendedLevel'")
                .getResultList();
        Map<Integer, List<String>> levelOrders = new HashMap<>();
        Map<String, long[]> sums = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            List<String> order = levelOrders.computeIfAbsent(((Number) columns[0]).intValue(),
                    version -> publishedVersions.of(slug, version).content().levelCodes());
            long signals = ((Number) columns[5]).longValue();
            long[] sum = sums.computeIfAbsent(columns[2] + "\n" + columns[3], key -> new long[2]);
            sum[0] += (order.indexOf((String) columns[4]) - order.indexOf((String) columns[1])) * signals;
            sum[1] += signals;
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
