package com.careerplatform.leveling.selfcheck;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.EmployeeIds;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.Guide;
import com.careerplatform.leveling.people.PeopleConfig;
import com.careerplatform.leveling.people.Person;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Self-assessments against a framework's checklist: an employee records their own, one answer per item,
 * and reads them back; their manager in the people record reads them too. Nobody else does, hr-admin
 * included: to anyone else they do not exist (404), as a person's record does not.
 */
@ApplicationScoped
public class SelfAssessments {

    private static final String AUDIT_TYPE = "self-assessment";

    private final PublishedVersions frameworks;
    private final PeopleConfig people;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Clock clock;

    SelfAssessments(PublishedVersions frameworks, PeopleConfig people, Idempotency idempotency, AuditLog audit, Clock clock) {
        this.frameworks = frameworks;
        this.people = people;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Response record(SelfAssessmentRequest request, String idempotencyKey, SecurityIdentity caller, URI base) {
        Person self = activePerson(caller);
        return idempotency.execute(idempotencyKey, request, () -> {
            SelfAssessmentView created = create(self, request);
            return new Idempotency.Outcome(201, created, base.resolve(created.id().toString()));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<SelfAssessmentView> list(String employeeId, PageParams page, SecurityIdentity caller) {
        boolean own = employeeId == null || employeeId.isBlank();
        if (own && EmployeeIds.of(caller).isEmpty()) {
            // A client or an account that is nobody of the people record has no self-assessments of its own.
            return PageView.of(List.of(), page, 0);
        }
        String whose = own ? EmployeeIds.of(caller).orElseThrow() : employeeId.strip();
        requireReadable(whose, caller);
        List<SelfAssessmentView> items = SelfAssessment.of(whose, page.page, page.size).stream().map(this::view).toList();
        return PageView.of(items, page, SelfAssessment.countOf(whose));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelfAssessmentView find(UUID id, SecurityIdentity caller) {
        SelfAssessment found = SelfAssessment.<SelfAssessment>findByIdOptional(id).orElseThrow(() -> unknown(id));
        if (!mayRead(found.employeeId, caller)) {
            throw unknown(id);
        }
        return view(found);
    }

    private SelfAssessmentView create(Person self, SelfAssessmentRequest request) {
        PublishedVersions.Version version = frameworks.of(frameworkOf(self), null);
        Guide checklist = checklist(version);
        LocalDate today = LocalDate.now(clock);
        LocalDate takenOn = request.takenOn() == null ? today : request.takenOn();
        checkAnswers(request, checklist.checklistItems().size(), takenOn, today);
        SelfAssessment assessment = new SelfAssessment();
        assessment.id = UUID.randomUUID();
        assessment.employeeId = self.employeeId;
        assessment.frameworkSlug = version.slug();
        assessment.frameworkVersion = version.number();
        assessment.takenOn = takenOn;
        assessment.answers = request.answers().stream()
                .sorted(Comparator.comparingInt(SelfAssessmentRequest.AnswerRequest::item))
                .map(answer -> new SelfAssessment.Answer(answer.item(), answer.checked(), answer.note()))
                .toList();
        assessment.createdAt = OffsetDateTime.now(clock);
        assessment.persist();
        // The audit log says that one was taken, not what it says: the answers are the employee's and their manager's.
        audit.record("self-assessment.recorded", AUDIT_TYPE, assessment.id.toString(), null,
                Map.of("employeeId", self.employeeId, "takenOn", takenOn.toString()));
        return view(assessment);
    }

    private static void checkAnswers(SelfAssessmentRequest request, int items, LocalDate takenOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (takenOn.isAfter(today)) {
            errors.add(new FieldError("takenOn", "must not be after today, " + today));
        }
        boolean[] answered = new boolean[items + 1];
        for (int i = 0; i < request.answers().size(); i++) {
            int item = request.answers().get(i).item();
            if (item > items) {
                errors.add(new FieldError("answers[" + i + "].item", "the checklist has items 1 to " + items));
            } else if (answered[item]) {
                errors.add(new FieldError("answers[" + i + "].item", "item " + item + " is answered twice"));
            } else {
                answered[item] = true;
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int item = 1; item <= items; item++) {
            if (!answered[item]) {
                missing.add(item);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError("answers", "every item is answered, checked or not; missing " + missing));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) rejected", errors);
        }
    }

    private SelfAssessmentView view(SelfAssessment assessment) {
        Guide checklist = checklist(frameworks.of(assessment.frameworkSlug, assessment.frameworkVersion));
        List<String> texts = checklist.checklistItems();
        List<SelfAssessmentView.AnswerView> answers = assessment.answers.stream()
                .map(answer -> new SelfAssessmentView.AnswerView(answer.item(), texts.get(answer.item() - 1),
                        answer.checked(), answer.note()))
                .toList();
        return new SelfAssessmentView(assessment.id, assessment.employeeId, assessment.frameworkSlug,
                assessment.frameworkVersion, checklist.passages().get(0).text(), assessment.takenOn,
                answers.stream().filter(SelfAssessmentView.AnswerView::checked).count(), texts.size(), answers,
                assessment.createdAt);
    }

    private static Guide checklist(PublishedVersions.Version version) {
        return version.content().selfCheck().orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "Framework " + version.slug() + " version " + version.number() + " has no checklist to assess against"));
    }

    private String frameworkOf(Person person) {
        return person.frameworkSlug == null ? people.defaultFramework() : person.frameworkSlug;
    }

    private static Person activePerson(SecurityIdentity caller) {
        return Person.byEmployeeId(callerId(caller)).filter(person -> person.active)
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                        "Only active people of the people record assess themselves; you are not one"));
    }

    private static String callerId(SecurityIdentity caller) {
        return EmployeeIds.of(caller).orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Self-assessments are people's own: your token names no employee (claim employee_id)"));
    }

    private static void requireReadable(String employeeId, SecurityIdentity caller) {
        if (!mayRead(employeeId, caller)) {
            throw ProblemException.notFound("No self-assessments of " + employeeId + " that you may read");
        }
    }

    /** The person themselves, or their manager in the people record. */
    private static boolean mayRead(String employeeId, SecurityIdentity caller) {
        String me = EmployeeIds.of(caller).orElse(null);
        if (me == null) {
            return false;
        }
        return me.equals(employeeId)
                || Person.byEmployeeId(employeeId).map(person -> me.equals(person.managerId)).orElse(false);
    }

    private static ProblemException unknown(UUID id) {
        return ProblemException.notFound("No self-assessment " + id + " that you may read");
    }
}
