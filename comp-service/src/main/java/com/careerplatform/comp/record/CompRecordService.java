package com.careerplatform.comp.record;

import com.careerplatform.comp.leveling.LevelCheck;
import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** People's comp records: every read is audited with its reader; only comp-admin writes. */
@ApplicationScoped
public class CompRecordService {

    static final String AUDIT_TYPE = "comp-record";

    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;
    private final LevelCheck levelCheck;

    CompRecordService(AuditLog audit, Idempotency idempotency, Clock clock, LevelCheck levelCheck) {
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
        this.levelCheck = levelCheck;
    }

    /**
     * The person's change in force today and one page of their history, newest first; 404 when there are
     * no records (or the caller may not know they exist).
     */
    @Transactional
    public CompRecordView read(String employeeId, boolean withSex, PageParams page) {
        var history = CompRecord.history(employeeId).page(Page.of(page.page, page.size));
        long changes = history.count();
        if (changes == 0) {
            throw notFound(employeeId);
        }
        audit.record("comp-record.read", AUDIT_TYPE, employeeId, null, null);
        CompRecordView.Change current = CompRecord.inForce(employeeId, LocalDate.now(clock))
                .map(record -> CompRecordView.Change.of(record, withSex))
                .orElse(null);
        List<CompRecordView.Change> items = history.list().stream()
                .map(record -> CompRecordView.Change.of(record, withSex))
                .toList();
        return new CompRecordView(employeeId, current, PageView.of(items, page, changes));
    }

    /** Records a change whose level the framework has and the people record holds on its day (both asked first). */
    public Response change(String employeeId, CompChangeRequest request, String idempotencyKey, String user, URI self) {
        return idempotency.execute(idempotencyKey, List.of(employeeId, request), () -> {
            levelCheck.require(request.frameworkSlug(), request.level(), "frameworkSlug", "level");
            levelCheck.requireRecorded(employeeId, request.frameworkSlug(), request.level(), request.effectiveFrom(), "level");
            return request;
        }, checked -> {
            CompRecord record = record(employeeId, checked, user);
            CompRecordView.Change created = CompRecordView.Change.of(record, true);
            audit.record("comp-record.changed", AUDIT_TYPE, employeeId, null, created);
            return new Idempotency.Outcome(201, created, self);
        });
    }

    /** Stores a change; a second change on the same day for the same person is a conflict. */
    public CompRecord record(String employeeId, CompChangeRequest request, String user) {
        if (CompRecord.count("employeeId = ?1 and effectiveFrom = ?2", employeeId, request.effectiveFrom()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "A change for " + employeeId + " effective "
                    + request.effectiveFrom() + " exists already; record a CORRECTION on another day");
        }
        CompRecord record = new CompRecord();
        record.id = UUID.randomUUID();
        record.employeeId = employeeId;
        record.effectiveFrom = request.effectiveFrom();
        record.reason = request.reason();
        record.frameworkSlug = request.frameworkSlug();
        record.levelCode = request.level();
        record.market = request.market();
        record.segment = request.segment();
        record.currency = request.currency();
        record.base = request.base().setScale(2);
        record.bonusTargetPercent = request.bonusTargetPercent().setScale(2);
        record.equityAnnualValue = request.equityAnnualValue().setScale(2);
        record.sex = request.sex();
        record.note = request.note();
        record.createdBy = user;
        record.createdAt = OffsetDateTime.now(clock);
        record.persist();
        return record;
    }

    static ProblemException notFound(String employeeId) {
        return ProblemException.notFound("No comp record for " + employeeId);
    }
}
