package com.careerplatform.comp.band;

import com.careerplatform.comp.band.BandComparison.Position;
import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes a band by adding an effective-dated version: the latest version ends the day before the change
 * and the new one starts; older versions stay readable with {@code asOf} and in the history. A change
 * names only what it changes (RFC 7396 merge patch, {@link BandPatches}).
 */
@ApplicationScoped
public class BandChangeService {

    private final AuditLog audit;
    private final Clock clock;
    private final BandPatches patches;
    private final PayOnRecord pay;

    BandChangeService(AuditLog audit, Clock clock, BandPatches patches, PayOnRecord pay) {
        this.audit = audit;
        this.clock = clock;
        this.patches = patches;
        this.pay = pay;
    }

    /** One page of a band's versions the caller may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CompBandView> history(UUID id, boolean admin, PageParams page) {
        CompBand any = version(id, admin);
        Sort newestFirst = Sort.descending("effectiveFrom", "id");
        PanacheQuery<CompBand> versions = admin ? CompBand.find("seriesId", newestFirst, any.seriesId)
                : CompBand.find("seriesId = ?1 and visibility = ?2", newestFirst, any.seriesId, Visibility.PUBLISHED);
        versions.page(Page.of(page.page, page.size));
        return PageView.of(versions.list().stream().map(CompBandView::of).toList(), page, versions.count());
    }

    /** What {@code patch} would change from its date, and the records it would leave out of band; nothing is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BandChangePreview preview(UUID id, JsonNode patch, PageParams page) {
        CompBand latest = latest(id);
        BandChangeRequest change = patches.apply(latest, patch);
        requireAfter(latest, change);
        CompBand proposed = proposed(latest, change, "preview");
        Map<String, BandChangePreview.FieldChange> changes = new LinkedHashMap<>();
        field(changes, "totalCompMin", latest.totalCompMin, proposed.totalCompMin);
        field(changes, "totalCompMax", latest.totalCompMax, proposed.totalCompMax);
        field(changes, "openEnded", latest.openEnded, proposed.openEnded);
        field(changes, "equityNote", latest.equityNote, proposed.equityNote);
        field(changes, "visibility", latest.visibility, proposed.visibility);
        field(changes, "guidance", latest.guidance, proposed.guidance);
        field(changes, "sourceLabel", latest.sourceLabel, proposed.sourceLabel);
        field(changes, "source", latest.source, proposed.source);
        List<BandChangePreview.RecordOutOfBand> outOfBand = pay.inForceOn(change.effectiveFrom()).stream()
                .filter(record -> record.frameworkSlug().equals(latest.frameworkSlug) && record.levelCode().equals(latest.levelCode)
                        && record.market() == latest.market && record.segment() == latest.segment
                        && record.currency().equals(latest.currency))
                .map(record -> {
                    Position after = BandComparison.of(record.totalComp(), proposed).position();
                    Position before = BandComparison.of(record.totalComp(), latest).position();
                    return new BandChangePreview.RecordOutOfBand(record.employeeId(), record.totalComp(), after,
                            before == Position.WITHIN);
                })
                .filter(record -> record.positionAfter() != Position.WITHIN)
                .sorted(Comparator.comparing(BandChangePreview.RecordOutOfBand::employeeId))
                .toList();
        return new BandChangePreview(CompBandView.of(latest), changes, PageView.slice(outOfBand, page));
    }

    /** Applies {@code patch} (RFC 7396) to the band's latest version as a new version from its date. */
    @Transactional
    public CompBandView apply(UUID id, JsonNode patch, String user) {
        CompBand latest = latest(id);
        return apply(latest, patches.apply(latest, patch), user);
    }

    /** The new version {@code change} makes of {@code latest}, the latest version of its series. */
    CompBandView apply(CompBand latest, BandChangeRequest change, String user) {
        requireAfter(latest, change);
        CompBandView before = CompBandView.of(latest);
        latest.effectiveTo = change.effectiveFrom().minusDays(1);
        CompBand next = proposed(latest, change, user);
        next.persist();
        CompBandView after = CompBandView.of(next);
        audit.record("comp-band.changed", "comp-band", latest.seriesId.toString(), before, after);
        return after;
    }

    private static CompBand latest(UUID id) {
        return latestOf(version(id, true).seriesId);
    }

    static CompBand latestOf(UUID seriesId) {
        return CompBand.<CompBand>find("seriesId = ?1 order by effectiveFrom desc", seriesId).firstResult();
    }

    private static void requireAfter(CompBand latest, BandChangeRequest change) {
        if (!change.effectiveFrom().isAfter(latest.effectiveFrom)) {
            throw new ProblemException(ProblemType.CONFLICT, "A change takes effect after the latest version, which starts on "
                    + latest.effectiveFrom + "; history is not rewritten");
        }
        if (latest.effectiveTo != null && change.effectiveFrom().isAfter(latest.effectiveTo.plusDays(1))) {
            throw new ProblemException(ProblemType.CONFLICT, "The band ended on " + latest.effectiveTo
                    + "; a change must start by " + latest.effectiveTo.plusDays(1) + " to leave no gap");
        }
    }

    private CompBand proposed(CompBand latest, BandChangeRequest change, String user) {
        CompBand next = new CompBand();
        next.id = UUID.randomUUID();
        next.seriesId = latest.seriesId;
        next.frameworkSlug = latest.frameworkSlug;
        next.levelCode = latest.levelCode;
        next.market = latest.market;
        next.segment = latest.segment;
        next.currency = latest.currency;
        next.totalCompMin = change.totalCompMin().setScale(2, RoundingMode.UNNECESSARY);
        next.totalCompMax = change.totalCompMax() == null ? null : change.totalCompMax().setScale(2, RoundingMode.UNNECESSARY);
        next.openEnded = change.openEnded();
        next.equityNote = change.equityNote();
        next.visibility = change.visibility();
        next.guidance = change.guidance();
        next.effectiveFrom = change.effectiveFrom();
        next.sourceLabel = change.sourceLabel();
        next.source = change.source();
        next.createdBy = user;
        next.createdAt = OffsetDateTime.now(clock);
        return next;
    }

    private static CompBand version(UUID id, boolean admin) {
        return CompBand.<CompBand>findByIdOptional(id)
                .filter(band -> admin || band.visibility == Visibility.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("No comp band " + id));
    }

    private static void field(Map<String, BandChangePreview.FieldChange> changes, String name, Object from, Object to) {
        boolean same = from instanceof BigDecimal a && to instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(from, to);
        if (!same) {
            changes.put(name, new BandChangePreview.FieldChange(from, to));
        }
    }
}
