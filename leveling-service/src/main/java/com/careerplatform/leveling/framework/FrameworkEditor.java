package com.careerplatform.leveling.framework;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.problem.Preconditions;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.leveling.framework.content.ContentRules;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * hr-admin's writes to frameworks: create with a first draft, edit a draft (If-Match), publish it, and
 * start the next draft from the current version. Published versions never change.
 */
@ApplicationScoped
public class FrameworkEditor {

    private static final String AUDIT_TYPE = "framework-version";

    private final FrameworkReader reader;
    private final PublishedVersions publishedVersions;
    private final AuditLog audit;
    private final Clock clock;

    FrameworkEditor(FrameworkReader reader, PublishedVersions publishedVersions, AuditLog audit, Clock clock) {
        this.reader = reader;
        this.publishedVersions = publishedVersions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FrameworkVersion create(CreateFrameworkRequest request, String user) {
        if (Framework.findBySlug(request.slug()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A framework '" + request.slug() + "' exists already");
        }
        Framework framework = new Framework();
        framework.slug = request.slug();
        framework.createdAt = OffsetDateTime.now(clock);
        framework.persist();
        FrameworkVersion draft = newVersion(framework, 1, ContentRules.check(request.content(), "content."), user);
        audit.record("framework.created", AUDIT_TYPE, auditId(draft), null, VersionView.full(draft));
        return draft;
    }

    @Transactional
    public FrameworkVersion edit(String slug, int number, String ifMatch, FrameworkContent content, String user) {
        FrameworkVersion version = reader.version(slug, number, true);
        requireDraft(version, "edited");
        Preconditions.requireIfMatch(ifMatch, version.etag());
        VersionView before = VersionView.full(version);
        version.content = ContentRules.check(content, "");
        version.flush();
        audit.record("framework.draft-edited", AUDIT_TYPE, auditId(version), before, VersionView.full(version));
        return version;
    }

    @Transactional
    public FrameworkVersion publish(String slug, int number, String ifMatch, String user) {
        FrameworkVersion version = reader.version(slug, number, true);
        requireDraft(version, "published");
        Preconditions.requireIfMatch(ifMatch, version.etag());
        VersionView before = VersionView.summary(version);
        version.status = VersionStatus.PUBLISHED;
        version.publishedBy = user;
        version.publishedAt = OffsetDateTime.now(clock);
        version.framework.currentVersion = version.number;
        version.flush();
        publishedVersions.forgetCurrent(slug);
        audit.record("framework.published", AUDIT_TYPE, auditId(version), before, VersionView.summary(version));
        return version;
    }

    @Transactional
    public FrameworkVersion startDraft(String slug, String user) {
        Framework framework = reader.framework(slug);
        FrameworkVersion.draftOf(framework).ifPresent(draft -> {
            throw new ProblemException(ProblemType.CONFLICT, "Framework " + slug + " already has draft version "
                    + draft.number + "; edit or publish it first");
        });
        FrameworkVersion current = reader.published(slug, null);
        int next = FrameworkVersion.numbers(framework, true).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (next > FrameworkVersion.MAX_NUMBER) {
            throw new ProblemException(ProblemType.CONFLICT, "Framework " + slug + " has reached version "
                    + FrameworkVersion.MAX_NUMBER + ", the highest version number; create a new framework instead");
        }
        FrameworkVersion draft = newVersion(framework, next, current.content, user);
        audit.record("framework.draft-started", AUDIT_TYPE, auditId(draft), null, VersionView.summary(draft));
        return draft;
    }

    private FrameworkVersion newVersion(Framework framework, int number, FrameworkContent content, String user) {
        FrameworkVersion version = new FrameworkVersion();
        version.framework = framework;
        version.number = number;
        version.status = VersionStatus.DRAFT;
        version.content = content;
        version.createdBy = user;
        version.createdAt = OffsetDateTime.now(clock);
        version.persist();
        version.flush();
        return version;
    }

    private static void requireDraft(FrameworkVersion version, String what) {
        if (!version.isDraft()) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + version.number + " of "
                    + version.framework.slug + " is published and cannot be " + what
                    + "; start a new draft with POST /api/v1/frameworks/" + version.framework.slug + "/versions");
        }
    }

    private static String auditId(FrameworkVersion version) {
        return version.framework.slug + "/v" + version.number;
    }
}
