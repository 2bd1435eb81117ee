package com.careerplatform.comp.band;

import com.careerplatform.kit.problem.FieldMessages;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            "sourceLabel", "source", "guidance");

    /** The most bands one file may hold. */
    static final int MAX_ROWS = 5_000;

    private static final CsvMapper CSV = new CsvMapper();
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Set<String> FREE_TEXT = Set.of("sourceLabel", "source");
    private static final Set<String> OPTIONAL = Set.of("totalCompMax", "effectiveTo", "sourceLabel", "source", "guidance");
    private static final String GUIDANCE = "guidance";

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
            row.put("sourceLabel", inert(band.sourceLabel()));
            row.put("source", inert(band.source()));
            row.put(GUIDANCE, guidance(band.guidance()));
            return row;
        }).toList();
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bands cannot be written as CSV", e);
        }
    }

    /** A band's component guidance (seed 9.4) as one cell of compact JSON, so that an export imports back whole. */
    private String guidance(ComponentGuidance guidance) {
        if (guidance == null) {
            return "";
        }
        try {
            return json.writeValueAsString(guidance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("guidance cannot be written as JSON", e);
        }
    }

    /**
     * Free text as a spreadsheet cell that is never a formula (OWASP CSV injection): one that starts with
     * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which {@link #read} takes off again.
     */
    static String inert(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String literal(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** The rows that read and validate, as create requests; {@code errors} names every bad row (the header is row 1) and field. */
    public record Rows(Map<Integer, CreateCompBandRequest> readable, List<FieldError> errors) {
    }

    /**
     * Reads every row; a malformed file or header is a problem at once. Every problem of every row is
     * collected, in row order and column order: each value that cannot be read (named by its column), then
     * for a row whose values all read, each rule it breaks.
     */
    public Rows read(String csv) {
        List<Map<String, String>> rows = rows(csv);
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, CreateCompBandRequest> requests = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = "row " + (i + 2);
            Map<String, Object> values = new LinkedHashMap<>();
            rows.get(i).forEach((column, value) -> {
                if (value != null && !value.isBlank()) {
                    values.put(column, FREE_TEXT.contains(column) ? literal(value.strip()) : value.strip());
                }
            });
            if (values.containsKey(GUIDANCE)) {
                Optional<JsonNode> guidance = jsonObject((String) values.get(GUIDANCE));
                if (guidance.isEmpty()) {
                    errors.add(new FieldError(row + "." + GUIDANCE, "must be the band's guidance as a JSON object,"
                            + " as the export writes it"));
                    continue;
                }
                values.put(GUIDANCE, guidance.get());
            }
            CreateCompBandRequest request;
            try {
                request = json.convertValue(values, CreateCompBandRequest.class);
            } catch (IllegalArgumentException unreadableRow) {
                unreadable(values, unreadableRow).forEach(error -> errors.add(new FieldError(
                        error.field().isEmpty() ? row : row + "." + error.field(), error.message())));
                continue;
            }
            List<FieldError> broken = validator.validate(request).stream()
                    .map(violation -> new FieldError(row + "." + FieldMessages.reported(violation,
                            violation.getPropertyPath().toString()), violation.getMessage()))
                    .sorted(Comparator.comparing(error -> column(error.field().substring(row.length() + 1))))
                    .toList();
            if (broken.isEmpty()) {
                requests.put(i + 2, request);
            }
            errors.addAll(broken);
        }
        return new Rows(requests, errors);
    }

    /** The column of a field: {@code guidance.baseMin} is in {@code guidance}. */
    private static int column(String field) {
        int dot = field.indexOf('.');
        return COLUMNS.indexOf(dot < 0 ? field : field.substring(0, dot));
    }

    private Optional<JsonNode> jsonObject(String cell) {
        try {
            JsonNode node = json.readTree(cell);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * Every value of a row that cannot be read, each read on its own so that one bad value does not hide
     * the next; when none fails alone (a required value missing), what failed the row as a whole.
     */
    private List<FieldError> unreadable(Map<String, Object> values, IllegalArgumentException rowFailure) {
        List<FieldError> columns = COLUMNS.stream().filter(values::containsKey)
                .map(column -> {
                    Map<String, Object> alone = new HashMap<>(Map.of("openEnded", false));
                    alone.put(column, values.get(column));
                    try {
                        json.convertValue(alone, CreateCompBandRequest.class);
                        return Optional.<FieldError>empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.of(problem(e, column));
                    }
                })
                .flatMap(Optional::stream)
                .toList();
        return columns.isEmpty() ? List.of(problem(rowFailure, null)) : columns;
    }

    /** A failure to read as the field error it is: on {@code column}, or on the field Jackson names. */
    private static FieldError problem(IllegalArgumentException e, String column) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return new FieldError(column != null ? column : FieldMessages.path(mapping), FieldMessages.unreadable(mapping));
        }
        return new FieldError(column != null ? column : "", "cannot be read");
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
            if (rows.size() > MAX_ROWS) {
                throw new ProblemException(ProblemType.VALIDATION, "The CSV holds " + rows.size() + " bands; at most "
                        + MAX_ROWS + " a file");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The CSV cannot be read" + where(e)
                    + ": check its quoting and that every row has at most " + COLUMNS.size() + " values");
        }
    }

    private static String where(Throwable e) {
        return e instanceof JsonProcessingException processing && processing.getLocation() != null
                ? " at line " + processing.getLocation().getLineNr() : "";
    }
}
