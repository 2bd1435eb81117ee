package com.careerplatform.leveling.people;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A first load of people from the HR system, all or nothing: every row is checked (managers may come
 * later in the file), every problem is reported with its row, and if there is one nothing is written.
 * Loading the same file again changes nothing: a row equal to the person on record is left alone, one
 * that differs is refused (later changes go through SCIM).
 */
@ApplicationScoped
public class PeopleImport {

    public static final int MAX_ROWS = 5_000;

    /** What an import did. */
    public record ImportResult(
            @Schema(minimum = "1", maximum = "" + MAX_ROWS) int rows,
            @Schema(minimum = "0", maximum = "" + MAX_ROWS) int created,
            @Schema(minimum = "0", maximum = "" + MAX_ROWS) int unchanged) {
    }

    /** A row to import and the name its errors carry ({@code people[3]}, {@code row 4}). */
    record Labelled(String label, int order, PersonRow person) {
    }

    private final PeopleWriter writer;
    private final Validator validator;
    private final Idempotency idempotency;
    private final AuditLog audit;

    PeopleImport(PeopleWriter writer, Validator validator, Idempotency idempotency, AuditLog audit) {
        this.writer = writer;
        this.validator = validator;
        this.idempotency = idempotency;
        this.audit = audit;
    }

    @Transactional
    public Response importJson(List<PersonRow> people, String idempotencyKey, String actor) {
        List<Labelled> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            rows.add(new Labelled("people[" + i + "]", i, people.get(i)));
        }
        return idempotency.execute(idempotencyKey, people, () -> outcome(load(rows, List.of(), actor)));
    }

    @Transactional
    public Response importCsv(String csv, String idempotencyKey, String actor) {
        return idempotency.execute(idempotencyKey, csv, () -> {
            PeopleCsv.Rows read = PeopleCsv.read(csv);
            List<FieldError> errors = new ArrayList<>(read.errors());
            List<Labelled> rows = new ArrayList<>();
            for (PeopleCsv.Numbered numbered : read.rows()) {
                String label = "row " + numbered.row();
                for (ConstraintViolation<PersonRow> violation : validator.validate(numbered.person())) {
                    errors.add(new FieldError(label + "." + violation.getPropertyPath(), violation.getMessage()));
                }
                rows.add(new Labelled(label, numbered.row(), numbered.person()));
            }
            return outcome(load(rows, errors, actor));
        });
    }

    /** Loads the rows in an order where each manager comes before their reports; refuses all on any error. */
    private ImportResult load(List<Labelled> rows, List<FieldError> readErrors, String actor) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new ProblemException(ProblemType.VALIDATION, "An import takes 1 to " + MAX_ROWS + " people; this one has "
                    + rows.size());
        }
        List<FieldError> errors = new ArrayList<>(readErrors);
        errors.addAll(duplicates(rows));
        // Rows already refused are not checked further: their other problems would only repeat these.
        Set<String> refusedRows = errors.stream().map(PeopleImport::rowOf).collect(Collectors.toSet());
        int created = 0;
        int unchanged = 0;
        for (Labelled row : managersFirst(rows, errors)) {
            if (refusedRows.contains(row.label())) {
                continue;
            }
            PersonWrite write = row.person().toWrite();
            Person existing = Person.byEmployeeId(write.employeeId()).orElse(null);
            if (existing != null) {
                if (writer.sameAs(existing, write)) {
                    unchanged++;
                } else {
                    errors.add(new FieldError(row.label() + ".employeeId", write.employeeId() + " is on record with"
                            + " other data; an import only adds people, change them over SCIM"));
                }
                continue;
            }
            List<FieldError> refused = new ArrayList<>(writer.conflicts(write, null));
            refused.addAll(writer.problems(write, null));
            if (refused.isEmpty()) {
                writer.insert(write, actor);
                created++;
            } else {
                refused.forEach(error -> errors.add(new FieldError(row.label() + "." + error.field(), error.message())));
            }
        }
        if (!errors.isEmpty()) {
            Map<String, Integer> order = rows.stream().collect(Collectors.toMap(Labelled::label, Labelled::order, (a, b) -> a));
            List<FieldError> sorted = errors.stream().sorted(Comparator
                    .comparing((FieldError error) -> order.getOrDefault(rowOf(error), -1))
                    .thenComparing(FieldError::field)).toList();
            throw new ProblemException(ProblemType.VALIDATION, sorted.size() + " problem(s) in the import; nothing was"
                    + " written", sorted);
        }
        ImportResult result = new ImportResult(rows.size(), created, unchanged);
        audit.record("people.imported", "people-import", actor, null, result);
        return result;
    }

    /** The row an error is about: the part of its field before the first dot ({@code people[3]}, {@code row 4}). */
    private static String rowOf(FieldError error) {
        return error.field().split("\\.", 2)[0];
    }

    private static List<FieldError> duplicates(List<Labelled> rows) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> employeeIds = new HashMap<>();
        Map<String, String> userNames = new HashMap<>();
        Map<String, String> externalIds = new HashMap<>();
        for (Labelled row : rows) {
            PersonRow person = row.person();
            seenBefore(employeeIds, person.employeeId(), row, "employeeId", errors);
            seenBefore(userNames, person.userName() == null ? null : person.userName().strip().toLowerCase(), row,
                    "userName", errors);
            seenBefore(externalIds, person.externalId(), row, "externalId", errors);
        }
        return errors;
    }

    private static void seenBefore(Map<String, String> seen, String value, Labelled row, String field, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        String first = seen.putIfAbsent(value, row.label());
        if (first != null) {
            errors.add(new FieldError(row.label() + "." + field, "repeats " + first));
        }
    }

    /** The rows with every manager of the file before their reports; rows whose managers form a loop are errors. */
    private static List<Labelled> managersFirst(List<Labelled> rows, List<FieldError> errors) {
        Map<String, Labelled> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.person().employeeId(), row));
        Map<String, List<Labelled>> reportsOf = new HashMap<>();
        Map<String, Integer> waitingFor = new HashMap<>();
        Deque<Labelled> ready = new ArrayDeque<>();
        for (Labelled row : rows) {
            String manager = row.person().managerId();
            if (manager != null && byId.containsKey(manager) && !manager.equals(row.person().employeeId())) {
                reportsOf.computeIfAbsent(manager, key -> new ArrayList<>()).add(row);
                waitingFor.put(row.person().employeeId(), 1);
            } else {
                ready.add(row);
            }
        }
        List<Labelled> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Labelled row = ready.poll();
            ordered.add(row);
            for (Labelled report : reportsOf.getOrDefault(row.person().employeeId(), List.of())) {
                waitingFor.remove(report.person().employeeId());
                ready.add(report);
            }
        }
        Set<String> looped = waitingFor.keySet();
        rows.stream().filter(row -> looped.contains(row.person().employeeId())).forEach(row -> errors.add(new FieldError(
                row.label() + ".managerId", "forms a loop of managers in the file: someone cannot report to their own report")));
        return ordered;
    }

    private static Idempotency.Outcome outcome(ImportResult result) {
        return new Idempotency.Outcome(200, result, null);
    }
}
