package com.careerplatform.leveling.framework;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
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

    /** One page of a framework's versions, oldest first, without content; drafts only {@code withDrafts}. */
    public PageView<VersionView> versions(String slug, boolean withDrafts, PageParams page) {
        var found = FrameworkVersion.<FrameworkVersion>find("framework = ?1 and status in ?2",
                        Sort.by("number").and("id"), framework(slug), statuses(withDrafts))
                .page(Page.of(page.page, page.size));
        return PageView.of(found.list().stream().map(VersionView::summary).toList(), page, found.count());
    }

    /** One page of the frameworks by slug, each with the name of its current published version. */
    public PageView<FrameworkSummaryView> frameworks(PageParams page) {
        var found = Framework.<Framework>findAll(Sort.by("slug").and("id")).page(Page.of(page.page, page.size));
        List<FrameworkSummaryView> items = found.list().stream()
                .map(framework -> new FrameworkSummaryView(framework.slug,
                        framework.currentVersion == null ? null
                                : published(framework.slug, framework.currentVersion).content.name(),
                        framework.currentVersion))
                .toList();
        return PageView.of(items, page, found.count());
    }

    public FrameworkView frameworkView(String slug, Integer number) {
        return FrameworkView.of(published(slug, number));
    }

    private static List<VersionStatus> statuses(boolean withDrafts) {
        return withDrafts ? List.of(VersionStatus.values()) : List.of(VersionStatus.PUBLISHED);
    }
}
