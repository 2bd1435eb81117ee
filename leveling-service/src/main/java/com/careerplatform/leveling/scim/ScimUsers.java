package com.careerplatform.leveling.scim;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.leveling.people.LevelChange;
import com.careerplatform.leveling.people.LevelsInForce;
import com.careerplatform.leveling.people.Market;
import com.careerplatform.leveling.people.PeopleWriter;
import com.careerplatform.leveling.people.Person;
import com.careerplatform.leveling.people.PersonRow;
import com.careerplatform.leveling.people.PersonWrite;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * SCIM 2.0 Users over the people record: create, read, replace, PATCH and filtered, paged search
 * (RFC 7644 §3). Bodies are checked by {@link ScimUserInput}; the record's own rules
 * ({@link PeopleWriter}) answer in SCIM terms: a userName, externalId or employeeNumber someone holds is
 * a 409 {@code uniqueness}, any other refused value a 400 {@code invalidValue}. A PATCH is applied to the
 * User as it is and the result checked and written like a replace.
 */
@ApplicationScoped
public class ScimUsers {

    static final int DEFAULT_COUNT = 100;
    static final int MAX_COUNT = 200;
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile(PersonRow.EMPLOYEE_ID);
    /** The record's field names as SCIM attribute names, for the details of refusals. */
    private static final Map<String, String> ATTRIBUTES = Map.of("employeeId", "employeeNumber",
            "managerId", "manager.value", "framework", "framework", "track", "track", "level", "level",
            "userName", "userName", "externalId", "externalId");

    /** A User as answered, with the version for its ETag and its location. */
    public record Answer(ObjectNode user, String version, URI location) {
    }

    private final PeopleWriter writer;
    private final Clock clock;

    ScimUsers(PeopleWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional(rollbackOn = ScimException.class)
    public Answer create(String body, String actor, URI base) throws ScimException {
        PersonWrite write = toWrite(ScimUserInput.read(parse(body)), null);
        return answer(written(() -> writer.create(write, actor)), base);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answer find(UUID id, URI base) throws ScimException {
        return answer(Person.byScimId(id).orElseThrow(() -> notFound(id)), base);
    }

    @Transactional(rollbackOn = ScimException.class)
    public Answer replace(UUID id, String body, String ifMatch, String actor, URI base) throws ScimException {
        Person person = locked(id, ifMatch);
        PersonWrite write = toWrite(ScimUserInput.read(parse(body)), person);
        return answer(written(() -> writer.replace(person, write, actor)), base);
    }

    @Transactional(rollbackOn = ScimException.class)
    public Answer patch(UUID id, String body, String ifMatch, String actor, URI base) throws ScimException {
        Person person = locked(id, ifMatch);
        PatchRequest patch = patchRequest(parse(body));
        ObjectNode current = answer(person, base).user();
        GenericScimResource patched = new GenericScimResource(caseIgnoring(current));
        patch.apply(patched);
        ScimUserInput.Values values = ScimUserInput.read(patched.getObjectNode());
        JsonNode career = ScimUserInput.member(current, ScimSchemas.CAREER_USER);
        if (values.level() == null && ScimUserInput.member(career, "level") != null) {
            throw BadRequestException.mutability("A level cannot be removed from the record: replace it by the right"
                    + " one, or correct it with POST /api/v1/people/" + person.employeeId + "/level-corrections");
        }
        PersonWrite write = toWrite(values, person);
        return answer(written(() -> writer.replace(person, write, actor)), base);
    }

    /** One page of the Users the filter matches, by employee number; startIndex counts from 1. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListResponse<ObjectNode> search(String filter, Integer startIndex, Integer count, URI base)
            throws ScimException {
        ScimFilterQuery.Condition condition = ScimFilterQuery.of(filter);
        int first = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? DEFAULT_COUNT : Math.max(0, Math.min(count, MAX_COUNT));
        Object[] parameters = condition.parameters().toArray();
        String query = "from Person p where " + condition.where();
        long total = Person.count(query, parameters);
        List<Person> people = size == 0 ? List.of() : Person.<Person>find(query + " order by p.employeeId", parameters)
                .range(first - 1, first - 2 + size).list();
        LocalDate today = LocalDate.now(clock);
        Map<String, LevelChange> levels = LevelsInForce.on(today, people.stream().map(person -> person.employeeId).toList());
        List<String> managerIds = people.stream().map(person -> person.managerId).filter(id -> id != null).distinct().toList();
        Map<String, Person> managers = managerIds.isEmpty() ? Map.of() : Person.<Person>find("employeeId in ?1", managerIds)
                .list().stream().collect(Collectors.toMap(manager -> manager.employeeId, Function.identity()));
        List<ObjectNode> users = people.stream().map(person -> ScimUserRepresentation.of(person,
                levels.get(person.employeeId), person.managerId == null ? null : managers.get(person.managerId), base))
                .toList();
        return new ListResponse<>((int) Math.min(total, Integer.MAX_VALUE), users, first, users.size());
    }

    private Answer answer(Person person, URI base) {
        LevelChange inForce = LevelChange.inForce(person.employeeId, LocalDate.now(clock)).orElse(null);
        Person manager = person.managerId == null ? null : Person.<Person>findById(person.managerId);
        return new Answer(ScimUserRepresentation.of(person, inForce, manager, base),
                ScimUserRepresentation.version(person, inForce), ScimUserRepresentation.location(base, person));
    }

    private Person locked(UUID id, String ifMatch) throws ScimException {
        Person found = Person.byScimId(id).orElseThrow(() -> notFound(id));
        Person person = Person.lockedByEmployeeId(found.employeeId).orElseThrow(() -> notFound(id));
        if (ifMatch != null && !ifMatch.strip().equals("*")) {
            String version = ScimUserRepresentation.version(person,
                    LevelChange.inForce(person.employeeId, LocalDate.now(clock)).orElse(null));
            if (!ifMatch.strip().equals(version)) {
                throw new PreconditionFailedException("User " + id + " changed since version " + ifMatch
                        + "; it is at " + version + ": read it again");
            }
        }
        return person;
    }

    private static PersonWrite toWrite(ScimUserInput.Values values, Person existing) throws ScimException {
        String employeeNumber = values.employeeNumber();
        if (employeeNumber == null) {
            throw BadRequestException.invalidValue(ScimSchemas.ENTERPRISE_USER + ":employeeNumber is required:"
                    + " it is the employee id every service knows the person by");
        }
        if (!EMPLOYEE_NUMBER.matcher(employeeNumber).matches()) {
            throw BadRequestException.invalidValue("employeeNumber must be 1 to 64 letters, digits, '_' or '-'");
        }
        if (existing != null && !existing.employeeId.equals(employeeNumber)) {
            throw BadRequestException.mutability("employeeNumber never changes: this User is " + existing.employeeId);
        }
        if (values.userName() == null) {
            throw BadRequestException.invalidValue("userName is required");
        }
        boolean active = values.active() != null ? values.active() : existing == null || existing.active;
        Market market = values.market() == null ? null : Market.valueOf(values.market().toUpperCase(Locale.ROOT));
        return new PersonWrite(employeeNumber, values.userName(), values.externalId(), values.displayName(),
                values.givenName(), values.familyName(), values.email(), active, managerOf(values), values.framework(),
                values.track(), market, values.level(), null);
    }

    private static String managerOf(ScimUserInput.Values values) throws ScimException {
        if (values.managerScimId() == null) {
            return null;
        }
        try {
            return Person.byScimId(UUID.fromString(values.managerScimId())).map(manager -> manager.employeeId)
                    .orElseThrow(() -> BadRequestException.invalidValue("manager.value names no User: "
                            + values.managerScimId()));
        } catch (IllegalArgumentException e) {
            throw BadRequestException.invalidValue("manager.value must be the id of the manager's User, a UUID");
        }
    }

    /** Runs a write of the record; its refusals become SCIM errors naming SCIM attributes. */
    private static Person written(Supplier<Person> write) throws ScimException {
        try {
            return write.get();
        } catch (PersistenceException failed) {
            if (!(failed instanceof ConstraintViolationException) && !(failed.getCause() instanceof ConstraintViolationException)) {
                throw failed;
            }
            // The checks passed, but a request at the same moment took the userName or externalId first.
            throw new ScimException(409, BadRequestException.UNIQUENESS, "The userName, externalId or employeeNumber"
                    + " was taken by another request at the same moment");
        } catch (ProblemException refused) {
            String detail = refused.errors().isEmpty() ? refused.getMessage() : refused.errors().stream()
                    .map(ScimUsers::describe).collect(Collectors.joining("; "));
            if (refused.type() == ProblemType.CONFLICT) {
                throw new ScimException(409, BadRequestException.UNIQUENESS, detail);
            }
            if (refused.type() == ProblemType.VALIDATION) {
                throw BadRequestException.invalidValue(detail);
            }
            throw refused;
        }
    }

    private static String describe(FieldError error) {
        return ATTRIBUTES.getOrDefault(error.field(), error.field()) + " " + error.message();
    }

    private static JsonNode parse(String body) throws BadRequestException {
        if (body == null || body.isBlank()) {
            throw BadRequestException.invalidSyntax("The body is empty");
        }
        try {
            return JsonUtils.getObjectReader().readTree(body);
        } catch (JsonProcessingException e) {
            // Without a location the parser refused the document as a whole (nested too deep, too long).
            throw BadRequestException.invalidSyntax(e.getLocation() == null
                    ? "The body is not a JSON document this service reads: nested too deep or too long"
                    : "The body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        }
    }

    private static PatchRequest patchRequest(JsonNode body) throws BadRequestException {
        JsonNode schemas = ScimUserInput.member(body, "schemas");
        if (schemas == null || !schemas.isArray() || schemas.size() != 1
                || !ScimSchemas.PATCH_OP.equalsIgnoreCase(schemas.get(0).asText())) {
            throw BadRequestException.invalidSyntax("A PATCH body's schemas is [\"" + ScimSchemas.PATCH_OP + "\"]");
        }
        try {
            return JsonUtils.getObjectReader().treeToValue(body, PatchRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw BadRequestException.invalidSyntax("The PATCH body is not a PatchOp message: Operations must be a"
                    + " list of {op: add, remove or replace; path; value}");
        }
    }

    /** The User as the SDK's case-insensitive nodes: SCIM paths in a PATCH match attribute names without case. */
    private static ObjectNode caseIgnoring(ObjectNode user) {
        try {
            return (ObjectNode) JsonUtils.getObjectReader().readTree(JsonUtils.getObjectWriter().writeValueAsString(user));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a User cannot be copied", e);
        }
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("No User " + id);
    }
}
