package com.careerplatform.comp.band;

import com.careerplatform.comp.leveling.LevelCheck;
import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates comp bands and reads the ones in force on a date, within what the caller may see. */
@ApplicationScoped
public class CompBandService {

    private final Clock clock;
    private final LevelCheck levelCheck;
    private final AuditLog audit;
    private final BandCsv csv;

    CompBandService(Clock clock, LevelCheck levelCheck, AuditLog audit, BandCsv csv) {
        this.clock = clock;
        this.levelCheck = levelCheck;
        this.audit = audit;
        this.csv = csv;
    }

    /** Which bands a caller may read: admins see all, everyone else only PUBLISHED ones. */
    public enum Audience {
        ADMIN,
        WORKER
    }

    /** Filters of the band list; null fields do not filter. */
    public record BandFilter(String levelCode, Market market, Segment segment, LocalDate asOf) {
    }

    /** Refuses a band whose level leveling-service does not confirm; asked before the band's transaction. */
    public CreateCompBandRequest levelChecked(CreateCompBandRequest request) {
        levelCheck.require(request.frameworkSlug(), request.levelCode(), "frameworkSlug", "levelCode");
        return request;
    }

    /** Creates a band {@link #levelChecked} confirmed. */
    @Transactional
    public CompBandView create(CreateCompBandRequest request, String createdBy) {
        overlapping(request).ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT, overlapMessage(existing));
        });
        return store(request, createdBy);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportCsv(LocalDate asOf) {
        PageParams all = new PageParams();
        all.page = 0;
        all.size = Integer.MAX_VALUE;
        return csv.write(list(new BandFilter(null, null, null, asOf), Audience.ADMIN, all).items());
    }

    /** A band of the same level, market and segment whose dates meet the request's. */
    static Optional<CompBand> overlapping(CreateCompBandRequest request) {
        return CompBand.<CompBand>list("frameworkSlug = ?1 and levelCode = ?2 and market = ?3 and segment = ?4",
                        request.frameworkSlug(), request.levelCode(), request.market(), request.segment()).stream()
                .filter(band -> overlap(band.effectiveFrom, band.effectiveTo, request.effectiveFrom(), request.effectiveTo()))
                .findFirst();
    }

    static boolean sameBand(CreateCompBandRequest a, CreateCompBandRequest b) {
        return a.frameworkSlug().equals(b.frameworkSlug()) && a.levelCode().equals(b.levelCode())
                && a.market() == b.market() && a.segment() == b.segment();
    }

    /** Whether two inclusive date ranges (null end: open) share a day. */
    static boolean overlap(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        return (toB == null || !fromA.isAfter(toB)) && (toA == null || !fromB.isAfter(toA));
    }

    static String overlapMessage(CompBand existing) {
        return "band " + existing.id + " (" + existing.levelCode + " " + existing.market + " " + existing.segment
                + ") is in force from " + existing.effectiveFrom + (existing.effectiveTo == null ? "" : " to " + existing.effectiveTo)
                + "; change it with POST /api/v1/comp-bands/" + existing.id + "/changes instead";
    }

    List<FieldError> levelProblems(CreateCompBandRequest row) {
        try {
            levelCheck.require(row.frameworkSlug(), row.levelCode(), "frameworkSlug", "levelCode");
            return List.of();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            return e.errors();
        }
    }

    CompBandView store(CreateCompBandRequest request, String createdBy) {
        CompBand band = new CompBand();
        band.id = UUID.randomUUID();
        band.seriesId = band.id;
        band.frameworkSlug = request.frameworkSlug();
        band.levelCode = request.levelCode();
        band.market = request.market();
        band.segment = request.segment();
        band.currency = request.currency();
        band.totalCompMin = request.totalCompMin().setScale(2, RoundingMode.UNNECESSARY);
        band.totalCompMax = request.totalCompMax() == null ? null
                : request.totalCompMax().setScale(2, RoundingMode.UNNECESSARY);
        band.openEnded = request.openEnded();
        band.equityNote = request.equityNote();
        band.visibility = request.visibility();
        band.effectiveFrom = request.effectiveFrom();
        band.effectiveTo = request.effectiveTo();
        band.sourceLabel = request.sourceLabel();
        band.source = request.source();
        band.guidance = request.guidance();
        band.createdBy = createdBy;
        band.createdAt = OffsetDateTime.now(clock);
        band.persist();
        CompBandView created = CompBandView.of(band);
        audit.record("comp-band.created", "comp-band", band.seriesId.toString(), null, created);
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompBandView find(UUID id, Audience audience) {
        return CompBand.<CompBand>findByIdOptional(id)
                .filter(band -> audience == Audience.ADMIN || band.visibility == Visibility.PUBLISHED)
                .map(CompBandView::of)
                .orElseThrow(() -> ProblemException.notFound("No comp band " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CompBandView> list(BandFilter filter, Audience audience, PageParams page) {
        LocalDate asOf = filter.asOf() != null ? filter.asOf() : LocalDate.now(clock);
        List<String> where = new ArrayList<>(List.of(
                "effectiveFrom <= :asOf", "(effectiveTo is null or effectiveTo >= :asOf)"));
        Parameters parameters = Parameters.with("asOf", asOf);
        if (filter.levelCode() != null) {
            where.add("levelCode = :level");
            parameters.and("level", filter.levelCode());
        }
        if (filter.market() != null) {
            where.add("market = :market");
            parameters.and("market", filter.market());
        }
        if (filter.segment() != null) {
            where.add("segment = :segment");
            parameters.and("segment", filter.segment());
        }
        if (audience == Audience.WORKER) {
            where.add("visibility = :published");
            parameters.and("published", Visibility.PUBLISHED);
        }
        var found = CompBand.<CompBand>find(String.join(" and ", where),
                        Sort.by("levelCode").and("market").and("segment").and("effectiveFrom"), parameters)
                .page(Page.of(page.page, page.size));
        return PageView.of(found.list().stream().map(CompBandView::of).toList(), page, found.count());
    }
}
