package com.careerplatform.leveling.framework;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.leveling.framework.FrameworkView.LevelSummaryView;
import com.careerplatform.leveling.framework.LevelView.AxisView;
import com.careerplatform.leveling.framework.LevelView.ItemView;
import com.careerplatform.leveling.framework.LevelView.NoteView;
import com.careerplatform.leveling.framework.LevelView.YearsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads published framework content; unknown frameworks, versions and levels are 404s that list what exists. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FrameworkReader {

    public FrameworkView framework(String slug, Integer versionNumber) {
        FrameworkVersion version = publishedVersion(slug, versionNumber);
        Framework framework = version.framework;
        List<LevelSummaryView> levels = version.levels.stream()
                .map(level -> new LevelSummaryView(level.code, level.stage, level.title, years(level), level.summary))
                .toList();
        return new FrameworkView(framework.slug, framework.name, framework.description, framework.source,
                version.number, version.status, version.publishedAt, axes(version), version.axesNote, levels);
    }

    public List<LevelView> levels(String slug, Integer versionNumber) {
        FrameworkVersion version = publishedVersion(slug, versionNumber);
        return version.levels.stream().map(level -> view(version, level)).toList();
    }

    public LevelView level(String slug, String code, Integer versionNumber) {
        FrameworkVersion version = publishedVersion(slug, versionNumber);
        String wanted = code.toUpperCase(Locale.ROOT);
        return version.levels.stream()
                .filter(level -> level.code.equals(wanted))
                .findFirst()
                .map(level -> view(version, level))
                .orElseThrow(() -> ProblemException.notFound("Framework " + slug + " version " + version.number
                        + " has no level '" + code + "'; its levels are "
                        + version.levels.stream().map(level -> level.code).toList()));
    }

    private FrameworkVersion publishedVersion(String slug, Integer versionNumber) {
        Framework framework = Framework.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(
                "No framework '" + slug + "'; known frameworks are "
                        + Framework.<Framework>listAll().stream().map(known -> known.slug).sorted().toList()));
        Integer number = versionNumber != null ? versionNumber : framework.currentVersion;
        List<FrameworkVersion> published = FrameworkVersion.list(
                "framework = ?1 and status = ?2 order by number", framework, VersionStatus.PUBLISHED);
        return published.stream()
                .filter(version -> Objects.equals(version.number, number))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Framework " + slug + " has no published version "
                        + (number == null ? "yet" : number) + "; published versions are "
                        + published.stream().map(version -> version.number).toList()));
    }

    private static LevelView view(FrameworkVersion version, Level level) {
        return new LevelView(version.framework.slug, version.number, level.code, level.stage, level.title,
                years(level), level.summary, level.sourceSection, axes(version),
                items(level, ItemKind.EXPECTATION), items(level, ItemKind.MUST_DO), items(level, ItemKind.DONT),
                items(level, ItemKind.PROOF_POINT), items(level, ItemKind.INTERVIEW_PROBE),
                items(level, ItemKind.COMMON_MISTAKE), items(level, ItemKind.STAFF_COMPETENCY),
                items(level, ItemKind.ARCHETYPE), notes(level));
    }

    private static List<AxisView> axes(FrameworkVersion version) {
        return version.axes.stream().map(axis -> new AxisView(axis.code, axis.name, axis.description)).toList();
    }

    private static List<ItemView> items(Level level, ItemKind kind) {
        return level.items.stream()
                .filter(item -> item.kind == kind)
                .map(item -> new ItemView(item.text, item.section, item.sectionTitle, item.axisCode))
                .toList();
    }

    private static List<NoteView> notes(Level level) {
        return level.items.stream()
                .filter(item -> item.sectionNote != null)
                .map(item -> new NoteView(item.section, item.sectionNote))
                .distinct()
                .toList();
    }

    private static YearsView years(Level level) {
        return new YearsView(level.yearsFrom, level.yearsTo);
    }
}
