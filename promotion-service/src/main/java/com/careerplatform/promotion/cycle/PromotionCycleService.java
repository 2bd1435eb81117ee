package com.careerplatform.promotion.cycle;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.promotion.leveling.FrameworkLevels;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Opens promotion cycles on frameworks leveling-service publishes, and lists them. */
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

    @Transactional
    public PromotionCycleView open(CreateCycleRequest request, String createdBy) {
        if (PromotionCycle.count("lower(name) = lower(?1)", request.name().strip()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A promotion cycle named '" + request.name().strip() + "' already exists");
        }
        UpstreamAnswers.ask(() -> frameworkLevels.levels(request.frameworkSlug()),
                "Framework '" + request.frameworkSlug() + "' is not published in leveling-service",
                "leveling-service cannot confirm the framework right now; nothing was written, retry shortly");
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PromotionCycleView find(UUID id) {
        PromotionCycle cycle = PromotionCycle.<PromotionCycle>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No promotion cycle " + id));
        return PromotionCycleView.of(cycle, today());
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
