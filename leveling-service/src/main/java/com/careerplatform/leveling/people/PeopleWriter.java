package com.careerplatform.leveling.people;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.leveling.framework.PublishedVersions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates and replaces people as HR provisions them (SCIM, bulk import), in the caller's transaction:
 * every check first ({@link #conflicts} for what another person holds, {@link #problems} for the rest),
 * then the write with its audit entry. A level the write brings that differs from the one in force is
 * a new entry of the history: IMPORTED for a person's first level, CORRECTED after that.
 */
@ApplicationScoped
public class PeopleWriter {

    /** Manager chains longer than this are refused: no organisation is that deep, but a loop would be. */
    static final int MAX_CHAIN = 100;

    private final CareerFields career;
    private final LevelChanges levels;
    private final AuditLog audit;
    private final Clock clock;

    PeopleWriter(CareerFields career, LevelChanges levels, AuditLog audit, Clock clock) {
        this.career = career;
        this.levels = levels;
        this.audit = audit;
        this.clock = clock;
    }

    /** What others hold already: the employee id (for a new person), the user name, the external id. */
    public List<FieldError> conflicts(PersonWrite write, Person existing) {
        List<FieldError> conflicts = new ArrayList<>();
        if (existing == null && Person.byEmployeeId(write.employeeId()).isPresent()) {
            conflicts.add(new FieldError("employeeId", "is in the people record already: " + write.employeeId()));
        }
        Person.byUserName(write.userName()).filter(other -> !other.employeeId.equals(write.employeeId()))
                .ifPresent(other -> conflicts.add(new FieldError("userName", "is taken by " + other.employeeId)));
        if (write.externalId() != null) {
            Person.<Person>find("externalId", write.externalId()).firstResultOptional()
                    .filter(other -> !other.employeeId.equals(write.employeeId()))
                    .ifPresent(other -> conflicts.add(new FieldError("externalId", "is taken by " + other.employeeId)));
        }
        return conflicts;
    }

    /** Everything else that keeps the write out: the manager, the career fields. */
    public List<FieldError> problems(PersonWrite write, Person existing) {
        List<FieldError> problems = new ArrayList<>(managerProblems(write));
        String framework = career.frameworkOf(write, existing);
        problems.addAll(career.check(write, framework));
        boolean changesFramework = existing != null && existing.frameworkSlug != null
                && !existing.frameworkSlug.equals(framework);
        if (changesFramework && write.level() == null && LevelChange.countOf(existing.employeeId) > 0) {
            problems.add(new FieldError("level", "must be given with a new framework: the person's level is in "
                    + existing.frameworkSlug));
        }
        return problems;
    }

    public Person create(PersonWrite write, String actor) {
        require(write, null);
        return insert(write, actor);
    }

    /** Creates a person whose write the caller has checked with {@link #conflicts} and {@link #problems} already. */
    Person insert(PersonWrite write, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Person person = new Person();
        person.employeeId = write.employeeId();
        person.scimId = UUID.randomUUID();
        person.createdBy = actor;
        person.createdAt = now;
        apply(person, write, now);
        person.persist();
        if (write.level() != null) {
            recordLevel(person, write, LevelChangeReason.IMPORTED, actor);
        }
        person.flush();
        audit.record("person.created", "person", person.employeeId, null, snapshot(person));
        return person;
    }

    /** Replaces a person's record by {@code write}; the caller has locked {@code person}. */
    public Person replace(Person person, PersonWrite write, String actor) {
        require(write, person);
        PersonView before = snapshot(person);
        apply(person, write, OffsetDateTime.now(clock));
        if (write.level() != null && differsFromInForce(person, write)) {
            boolean first = LevelChange.countOf(person.employeeId) == 0;
            recordLevel(person, write, first ? LevelChangeReason.IMPORTED : LevelChangeReason.CORRECTED, actor);
        }
        person.flush();
        PersonView after = snapshot(person);
        if (!after.equals(before)) {
            audit.record("person.updated", "person", person.employeeId, before, after);
        }
        return person;
    }

    /** True when {@code write} would leave the person exactly as they are: a replayed import row. */
    public boolean sameAs(Person person, PersonWrite write) {
        return Objects.equals(person.userName, write.userName()) && Objects.equals(person.externalId, write.externalId())
                && Objects.equals(person.displayName, write.displayName()) && Objects.equals(person.givenName, write.givenName())
                && Objects.equals(person.familyName, write.familyName()) && Objects.equals(person.email, write.email())
                && person.active == write.active() && Objects.equals(person.managerId, write.managerId())
                && Objects.equals(person.frameworkSlug, career.frameworkOf(write, person))
                && Objects.equals(person.track, write.track()) && person.market == write.market()
                && (write.level() == null || !differsFromInForce(person, write));
    }

    private void require(PersonWrite write, Person existing) {
        List<FieldError> conflicts = conflicts(write, existing);
        if (!conflicts.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, describe(conflicts), conflicts);
        }
        List<FieldError> problems = problems(write, existing);
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, describe(problems), problems);
        }
    }

    private List<FieldError> managerProblems(PersonWrite write) {
        if (write.managerId() == null) {
            return List.of();
        }
        if (write.managerId().equals(write.employeeId())) {
            return List.of(new FieldError("managerId", "must be someone else than the person"));
        }
        Optional<Person> manager = Person.byEmployeeId(write.managerId());
        if (manager.isEmpty()) {
            return List.of(new FieldError("managerId", "names nobody in the people record: " + write.managerId()));
        }
        Set<String> chain = new HashSet<>();
        for (Person above = manager.get(); above != null; above = above.managerId == null ? null
                : Person.<Person>findById(above.managerId)) {
            if (above.employeeId.equals(write.employeeId()) || !chain.add(above.employeeId) || chain.size() > MAX_CHAIN) {
                return List.of(new FieldError("managerId", write.managerId() + " reports to " + write.employeeId()
                        + " (directly or through others): a person cannot report to their own report"));
            }
        }
        return List.of();
    }

    private boolean differsFromInForce(Person person, PersonWrite write) {
        LocalDate day = effectiveDay(write);
        return LevelChange.inForce(person.employeeId, day)
                .map(inForce -> !inForce.level.equals(write.level())
                        || !inForce.frameworkSlug.equals(career.frameworkOf(write, person)))
                .orElse(true);
    }

    private void recordLevel(Person person, PersonWrite write, LevelChangeReason reason, String actor) {
        String framework = career.frameworkOf(write, person);
        PublishedVersions.Version version = career.requireLevel(framework, write.level(), "level");
        levels.record(person, new LevelChanges.Change(write.level(), framework, version.number(), effectiveDay(write),
                reason, null, null, null), actor);
    }

    private LocalDate effectiveDay(PersonWrite write) {
        return write.levelEffectiveFrom() != null ? write.levelEffectiveFrom() : LocalDate.now(clock);
    }

    private void apply(Person person, PersonWrite write, OffsetDateTime now) {
        person.userName = write.userName();
        person.externalId = write.externalId();
        person.displayName = write.displayName();
        person.givenName = write.givenName();
        person.familyName = write.familyName();
        person.email = write.email();
        person.active = write.active();
        person.managerId = write.managerId();
        person.frameworkSlug = career.frameworkOf(write, person);
        person.track = write.track();
        person.market = write.market();
        person.updatedAt = now;
    }

    private PersonView snapshot(Person person) {
        LocalDate today = LocalDate.now(clock);
        return PersonView.of(person, LevelChange.inForce(person.employeeId, today).orElse(null), today);
    }

    static String describe(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElse("rejected");
    }
}
