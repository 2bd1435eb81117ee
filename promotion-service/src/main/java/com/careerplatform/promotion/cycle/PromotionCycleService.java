package com.careerplatform.promotion.cycle;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Preconditions;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.promotion.leveling.FrameworkLevels;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Opens promotion cycles on frameworks leveling-service publishes, edits and closes them, and lists them. */
@ApplicationScoped
public class PromotionCycleService {

    private final AuditLog audit;
    private final Clock clock;
    private final FrameworkLevels frameworkLevels;

    PromotionCycleService(AuditLog audit, Clock clock, FrameworkLevels frameworkLevels) {
        this.audit = audit;
        this.clock = clock;
        this.frameworkLevels = frameworkLevels;
    }

    /** The levels of a framework leveling-service has published, or a refusal; asked before the cycle's transaction. */
    public List<FrameworkLevels.Level> publishedLevels(String framework) {
        return UpstreamAnswers.ask(() -> frameworkLevels.levels(framework),
                "Framework '" + framework + "' is not published in leveling-service",
                "leveling-service cannot confirm the framework right now; nothing was written, retry shortly");
    }

    /** Opens a cycle of a framework {@link #publishedLevels} confirmed. */
    @Transactional
    public PromotionCycleView open(CreateCycleRequest request, String createdBy) {
        requireFreeName(request.name().strip(), null);
        PromotionCycle cycle = new PromotionCycle();
        cycle.id = UUID.randomUUID();
        cycle.name = request.name().strip();
        cycle.frameworkSlug = request.frameworkSlug();
        cycle.submissionOpens = request.submissionOpens();
        cycle.submissionCloses = request.submissionCloses();
        cycle.status = CycleStatus.OPEN;
        cycle.createdBy = createdBy;
        cycle.createdAt = OffsetDateTime.now(clock);
        cycle.persist();
        PromotionCycleView view = PromotionCycleView.of(cycle, today());
        audit.record("promotion-cycle.opened", "promotion-cycle", cycle.id.toString(), null, view);
        return view;
    }

    /** Renames an OPEN cycle or moves its window; packets keep their cycle and framework. */
    @Transactional
    public PromotionCycleView edit(UUID id, String ifMatch, EditCycleRequest request) {
        PromotionCycle cycle = openForChange(id, ifMatch);
        requireFreeName(request.name().strip(), id);
        PromotionCycleView before = PromotionCycleView.of(cycle, today());
        cycle.name = request.name().strip();
        cycle.submissionOpens = request.submissionOpens();
        cycle.submissionCloses = request.submissionCloses();
        cycle.flush();
        PromotionCycleView after = PromotionCycleView.of(cycle, today());
        audit.record("promotion-cycle.edited", "promotion-cycle", id.toString(), before, after);
        return after;
    }

    /** Closes an OPEN cycle: no new packet and no submission any more; packets in review are still decided. */
    @Transactional
    public PromotionCycleView close(UUID id, String ifMatch) {
        PromotionCycle cycle = openForChange(id, ifMatch);
        PromotionCycleView before = PromotionCycleView.of(cycle, today());
        cycle.status = CycleStatus.CLOSED;
        cycle.flush();
        PromotionCycleView after = PromotionCycleView.of(cycle, today());
        audit.record("promotion-cycle.closed", "promotion-cycle", id.toString(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PromotionCycleView find(UUID id) {
        return PromotionCycleView.of(cycle(id, LockModeType.NONE), today());
    }

    private static PromotionCycle cycle(UUID id, LockModeType lock) {
        return PromotionCycle.<PromotionCycle>findByIdOptional(id, lock)
                .orElseThrow(() -> ProblemException.notFound("No promotion cycle " + id));
    }

    private static PromotionCycle openForChange(UUID id, String ifMatch) {
        PromotionCycle cycle = cycle(id, LockModeType.PESSIMISTIC_WRITE);
        Preconditions.requireIfMatch(ifMatch, cycle.etag());
        if (cycle.status != CycleStatus.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT, "Promotion cycle " + cycle.name + " is closed; a closed cycle stays closed");
        }
        return cycle;
    }

    private static void requireFreeName(String name, UUID self) {
        if (PromotionCycle.count("lower(name) = lower(?1) and id <> ?2", name, self == null ? new UUID(0, 0) : self) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "A promotion cycle named '" + name + "' already exists");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PromotionCycleView> list(CycleStatus status, PageParams page) {
        String query = status == null ? "1 = 1" : "status = :status";
        Parameters parameters = status == null ? new Parameters() : Parameters.with("status", status);
        var found = PromotionCycle.<PromotionCycle>find(query, Sort.descending("submissionOpens").and("name"), parameters)
                .page(Page.of(page.page, page.size));
        LocalDate today = today();
        return PageView.of(found.list().stream().map(cycle -> PromotionCycleView.of(cycle, today)).toList(),
                page, found.count());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
