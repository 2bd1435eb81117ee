package com.careerplatform.comp.band;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Imports bands from CSV, all rows or none, so that an export edited in a spreadsheet imports back: a row
 * equal to a version that exists changes nothing, a row for a band's latest version from a later date
 * (and no end date) is a change of that band, any other row is a new band. Every problem of every row is
 * reported with its row number before anything is stored.
 */
@ApplicationScoped
public class BandImport {

    private final BandCsv csv;
    private final CompBandService bands;
    private final BandChangeService changes;
    private final Idempotency idempotency;

    BandImport(BandCsv csv, CompBandService bands, BandChangeService changes, Idempotency idempotency) {
        this.csv = csv;
        this.bands = bands;
        this.changes = changes;
        this.idempotency = idempotency;
    }

    /** What an import did: new bands, changed bands (a new version each), rows equal to what exists; ids of what it wrote. */
    public record ImportResult(
            @Schema(minimum = "0", maximum = "" + BandCsv.MAX_ROWS) int imported,
            @Schema(minimum = "0", maximum = "" + BandCsv.MAX_ROWS) int changed,
            @Schema(minimum = "0", maximum = "" + BandCsv.MAX_ROWS) int unchanged,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = BandCsv.MAX_ROWS) List<UUID> ids) {
    }

    private enum Outcome {
        NEW,
        CHANGE,
        UNCHANGED
    }

    /** A readable row and what importing it means. */
    private record Planned(int row, CreateCompBandRequest band, Outcome outcome, CompBand latest) {
    }

    /** The file's rows, and what leveling-service says of each framework and level they name (asked before the transaction). */
    private record Checked(BandCsv.Rows rows, Map<String, List<FieldError>> levelProblems) {
    }

    public Response importCsv(String text, String idempotencyKey, String createdBy) {
        return idempotency.execute(idempotencyKey, text, () -> checked(csv.read(text)), checked -> {
            BandCsv.Rows rows = checked.rows();
            List<FieldError> errors = new ArrayList<>(rows.errors());
            List<Planned> plan = plan(rows.readable(), checked.levelProblems(), errors);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(BandImport::rowOf));
                throw new ProblemException(ProblemType.VALIDATION,
                        errors.size() + " problem(s) in the CSV; nothing was imported", errors);
            }
            List<UUID> ids = new ArrayList<>();
            Map<Outcome, Integer> counts = new HashMap<>();
            for (Planned planned : plan) {
                counts.merge(planned.outcome(), 1, Integer::sum);
                if (planned.outcome() == Outcome.NEW) {
                    ids.add(bands.store(planned.band(), createdBy).id());
                } else if (planned.outcome() == Outcome.CHANGE) {
                    ids.add(changes.apply(planned.latest(), asChange(planned.band(), planned.latest()), createdBy).id());
                }
            }
            ImportResult result = new ImportResult(counts.getOrDefault(Outcome.NEW, 0), counts.getOrDefault(Outcome.CHANGE, 0),
                    counts.getOrDefault(Outcome.UNCHANGED, 0), ids);
            return new Idempotency.Outcome(ids.isEmpty() ? 200 : 201, result, null);
        });
    }

    private Checked checked(BandCsv.Rows rows) {
        Map<String, List<FieldError>> levelProblems = new HashMap<>();
        rows.readable().values().forEach(row -> levelProblems.computeIfAbsent(levelKey(row), key -> bands.levelProblems(row)));
        return new Checked(rows, levelProblems);
    }

    private static String levelKey(CreateCompBandRequest row) {
        return row.frameworkSlug() + "/" + row.levelCode();
    }

    private List<Planned> plan(Map<Integer, CreateCompBandRequest> readable, Map<String, List<FieldError>> levelProblems,
            List<FieldError> errors) {
        Map<Integer, CreateCompBandRequest> earlier = new LinkedHashMap<>();
        List<Planned> plan = new ArrayList<>();
        readable.forEach((number, row) -> {
            String at = "row " + number;
            levelProblems.get(levelKey(row))
                    .forEach(error -> errors.add(new FieldError(at + "." + error.field(), error.message())));
            earlier.forEach((other, previous) -> {
                if (CompBandService.sameBand(previous, row) && CompBandService.overlap(previous.effectiveFrom(),
                        previous.effectiveTo(), row.effectiveFrom(), row.effectiveTo())) {
                    errors.add(new FieldError(at, "overlaps row " + other + " of this file"));
                }
            });
            earlier.put(number, row);
            planned(number, row, errors).ifPresent(plan::add);
        });
        return plan;
    }

    private static Optional<Planned> planned(int number, CreateCompBandRequest row, List<FieldError> errors) {
        Optional<CompBand> existing = CompBandService.overlapping(row);
        if (existing.isEmpty()) {
            return Optional.of(new Planned(number, row, Outcome.NEW, null));
        }
        CompBand band = existing.get();
        if (sameVersion(band, row)) {
            return Optional.of(new Planned(number, row, Outcome.UNCHANGED, band));
        }
        CompBand latest = BandChangeService.latestOf(band.seriesId);
        boolean changesLatest = row.effectiveFrom().isAfter(latest.effectiveFrom) && row.effectiveTo() == null
                && row.currency().equals(latest.currency)
                && (latest.effectiveTo == null || !row.effectiveFrom().isAfter(latest.effectiveTo.plusDays(1)));
        if (changesLatest) {
            return Optional.of(new Planned(number, row, Outcome.CHANGE, latest));
        }
        errors.add(new FieldError("row " + number, CompBandService.overlapMessage(band) + "; a row for a band that exists"
                + " must equal one of its versions, or change its latest version from a later effectiveFrom (after "
                + latest.effectiveFrom + ") without effectiveTo, in its currency " + latest.currency));
        return Optional.empty();
    }

    /** Whether the row says what the version says, column for column of the CSV (an empty guidance cell says nothing). */
    private static boolean sameVersion(CompBand band, CreateCompBandRequest row) {
        return band.effectiveFrom.equals(row.effectiveFrom()) && Objects.equals(band.effectiveTo, row.effectiveTo())
                && band.currency.equals(row.currency()) && sameAmount(band.totalCompMin, row.totalCompMin())
                && sameAmount(band.totalCompMax, row.totalCompMax()) && band.openEnded == row.openEnded()
                && band.equityNote == row.equityNote() && band.visibility == row.visibility()
                && Objects.equals(band.sourceLabel, row.sourceLabel()) && Objects.equals(band.source, row.source())
                && (row.guidance() == null || row.guidance().equals(band.guidance));
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The row as a change of the latest version: the CSV's columns, the latest guidance where the row's cell is empty. */
    private static BandChangeRequest asChange(CreateCompBandRequest row, CompBand latest) {
        return new BandChangeRequest(row.effectiveFrom(), row.totalCompMin(), row.totalCompMax(), row.openEnded(),
                row.equityNote(), row.visibility(), row.guidance() == null ? latest.guidance : row.guidance(),
                row.sourceLabel(), row.source());
    }

    /** The row number of an import error ("row 12.totalCompMin"), so that row 10 comes after row 2. */
    private static int rowOf(FieldError error) {
        return Integer.parseInt(error.field().replaceFirst("^row (\\d+).*$", "$1"));
    }
}
