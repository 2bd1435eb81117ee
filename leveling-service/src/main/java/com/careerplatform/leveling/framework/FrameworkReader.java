package com.careerplatform.leveling.framework;

import com.careerplatform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Finds frameworks and versions; unknown ones are 404s that list what exists and the caller may see. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FrameworkReader {

    public Framework framework(String slug) {
        return Framework.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(
                "No framework '" + slug + "'; known frameworks are " + Framework.knownSlugs()));
    }

    /** The published version {@code number}, or the current one when {@code number} is null. */
    public FrameworkVersion published(String slug, Integer number) {
        Framework framework = framework(slug);
        Integer wanted = number != null ? number : framework.currentVersion;
        return (wanted == null ? Optional.<FrameworkVersion>empty() : FrameworkVersion.find(framework, wanted))
                .filter(version -> !version.isDraft())
                .orElseThrow(() -> ProblemException.notFound("Framework " + slug + " has no published version "
                        + (wanted == null ? "yet" : wanted) + "; published versions are "
                        + FrameworkVersion.numbers(framework, false)));
    }

    /** Version {@code number} in any state when {@code withDrafts}, else only when published. */
    public FrameworkVersion version(String slug, int number, boolean withDrafts) {
        Framework framework = framework(slug);
        return FrameworkVersion.find(framework, number)
                .filter(version -> withDrafts || !version.isDraft())
                .orElseThrow(() -> ProblemException.notFound("Framework " + slug + " has no version " + number
                        + " you can see; versions are " + FrameworkVersion.numbers(framework, withDrafts)));
    }

    public List<FrameworkVersion> versions(String slug, boolean withDrafts) {
        return FrameworkVersion.ofFramework(framework(slug)).stream()
                .filter(version -> withDrafts || !version.isDraft())
                .toList();
    }

    public List<Framework> frameworks() {
        return Framework.list("order by slug");
    }

    public FrameworkView frameworkView(String slug, Integer number) {
        return FrameworkView.of(published(slug, number));
    }

    public List<LevelView> levels(String slug, Integer number) {
        FrameworkVersion version = published(slug, number);
        return version.content.levels().stream()
                .map(level -> LevelView.of(slug, version.number, version.content, level))
                .toList();
    }

    public LevelView level(String slug, String code, Integer number) {
        FrameworkVersion version = published(slug, number);
        return version.content.level(code)
                .map(level -> LevelView.of(slug, version.number, version.content, level))
                .orElseThrow(() -> ProblemException.notFound("Framework " + slug + " version " + version.number
                        + " has no level '" + code + "'; its levels are " + version.content.levelCodes()));
    }
}
