package com.careerplatform.leveling.people;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.time.IsoDates;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * People as a CSV file for a first load: a header naming columns of {@link #COLUMNS} ({@code employeeId}
 * and {@code userName} required, the others optional, in any order), then a person a row. Every cell is
 * read as the JSON import's field would be, and every problem is reported with its row (the header is
 * row 1) and column.
 */
final class PeopleCsv {

    static final List<String> COLUMNS = List.of("employeeId", "userName", "externalId", "displayName", "givenName",
            "familyName", "email", "active", "managerId", "framework", "track", "market", "level", "levelEffectiveFrom");
    private static final List<String> REQUIRED = List.of("employeeId", "userName");
    private static final CsvMapper CSV = new CsvMapper();

    /** The rows read, by their row number, and what could not be read. */
    record Rows(List<Numbered> rows, List<FieldError> errors) {
    }

    record Numbered(int row, PersonRow person) {
    }

    private PeopleCsv() {
    }

    static Rows read(String csv) {
        List<Map<String, String>> rows = rows(csv);
        List<Numbered> read = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Cells cells = new Cells(rows.get(i), i + 2, errors);
            PersonRow person = new PersonRow(cells.text("employeeId"), cells.text("userName"), cells.text("externalId"),
                    cells.text("displayName"), cells.text("givenName"), cells.text("familyName"), cells.text("email"),
                    cells.value("active", PeopleCsv::bool, "must be true or false"), cells.text("managerId"),
                    cells.text("framework"), cells.text("track"),
                    cells.value("market", Market::valueOf, "must be one of " + Arrays.toString(Market.values())),
                    cells.text("level"), cells.value("levelEffectiveFrom", IsoDates::parse, "must be a date as yyyy-MM-dd"));
            read.add(new Numbered(i + 2, person));
        }
        return new Rows(read, errors);
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** The cells of one row: blank is absent; a cell that cannot be read is an error of its row and column. */
    private record Cells(Map<String, String> values, int row, List<FieldError> errors) {

        String text(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        <T> T value(String column, Function<String, T> parse, String expected) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("row " + row + "." + column, expected));
                return null;
            }
        }
    }

    private static List<Map<String, String>> rows(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "The CSV is empty; its first row names the columns, of "
                    + COLUMNS + " (" + REQUIRED + " required)");
        }
        try (MappingIterator<Map<String, String>> iterator = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<String> header = List.copyOf(((CsvSchema) iterator.getParserSchema()).getColumnNames());
            List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
            List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "Row 1 names the columns, of " + COLUMNS
                        + (unknown.isEmpty() ? "" : "; unknown: " + unknown) + (missing.isEmpty() ? "" : "; missing: " + missing));
            }
            return iterator.readAll();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The CSV cannot be read: a row has more cells than"
                    + " the header names, or a quote is not closed");
        }
    }
}
