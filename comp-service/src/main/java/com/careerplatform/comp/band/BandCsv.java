package com.careerplatform.comp.band;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bands as CSV for spreadsheets: the columns of {@link #COLUMNS}, one band a row, amounts as plain
 * decimals. Reading checks every row and reports every problem with its row number (the header is row 1)
 * before anything is used.
 */
@ApplicationScoped
public class BandCsv {

    static final List<String> COLUMNS = List.of("frameworkSlug", "levelCode", "market", "segment", "currency",
            "totalCompMin", "totalCompMax", "openEnded", "equityNote", "visibility", "effectiveFrom", "effectiveTo",
            "sourceLabel", "source");

    private static final CsvMapper CSV = new CsvMapper();
    private static final Set<String> OPTIONAL = Set.of("totalCompMax", "effectiveTo", "sourceLabel", "source");

    private final ObjectMapper json;
    private final Validator validator;

    BandCsv(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public String write(List<CompBandView> bands) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = bands.stream().map(band -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("frameworkSlug", band.frameworkSlug());
            row.put("levelCode", band.levelCode());
            row.put("market", String.valueOf(band.market()));
            row.put("segment", String.valueOf(band.segment()));
            row.put("currency", band.currency());
            row.put("totalCompMin", band.totalCompMin().toPlainString());
            row.put("totalCompMax", band.totalCompMax() == null ? "" : band.totalCompMax().toPlainString());
            row.put("openEnded", String.valueOf(band.openEnded()));
            row.put("equityNote", String.valueOf(band.equityNote()));
            row.put("visibility", String.valueOf(band.visibility()));
            row.put("effectiveFrom", String.valueOf(band.effectiveFrom()));
            row.put("effectiveTo", band.effectiveTo() == null ? "" : band.effectiveTo().toString());
            row.put("sourceLabel", band.sourceLabel() == null ? "" : band.sourceLabel());
            row.put("source", band.source() == null ? "" : band.source());
            return row;
        }).toList();
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bands cannot be written as CSV", e);
        }
    }

    /** The rows read as create requests; {@code errors} names every bad row (the header is row 1) and field. */
    public record Rows(Map<Integer, CreateCompBandRequest> readable, List<FieldError> errors) {
    }

    /** Reads every row; a malformed file or header is a problem at once, bad rows are collected. */
    public Rows read(String csv) {
        List<Map<String, String>> rows = rows(csv);
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, CreateCompBandRequest> requests = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = "row " + (i + 2);
            Map<String, Object> values = new LinkedHashMap<>();
            rows.get(i).forEach((column, value) -> values.put(column,
                    value == null || value.isBlank() ? null : value.strip()));
            try {
                CreateCompBandRequest request = json.convertValue(values, CreateCompBandRequest.class);
                for (ConstraintViolation<CreateCompBandRequest> violation : validator.validate(request)) {
                    errors.add(new FieldError(row + "." + violation.getPropertyPath(), violation.getMessage()));
                }
                requests.put(i + 2, request);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(row, "cannot be read: " + rootMessage(e)));
            }
        }
        return new Rows(requests, errors);
    }

    private static List<Map<String, String>> rows(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "The CSV is empty; its first row names the columns "
                    + COLUMNS);
        }
        try (MappingIterator<Map<String, String>> iterator = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<String> header = List.copyOf(((CsvSchema) iterator.getParserSchema()).getColumnNames());
            List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
            List<String> missing = COLUMNS.stream()
                    .filter(column -> !OPTIONAL.contains(column) && !header.contains(column)).toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "Row 1 must name the columns " + COLUMNS
                        + (unknown.isEmpty() ? "" : "; unknown: " + unknown) + (missing.isEmpty() ? "" : "; missing: " + missing));
            }
            List<Map<String, String>> rows = iterator.readAll();
            if (rows.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "The CSV has a header but no bands");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The CSV cannot be read: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Jackson names the target classes; clients need the value and the field, not our types.
        return message.replaceAll("`?com\\.careerplatform\\.[\\w.$]+`?", "the expected type").lines().findFirst().orElse(message);
    }
}
