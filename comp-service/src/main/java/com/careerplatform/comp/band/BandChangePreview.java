package com.careerplatform.comp.band;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a band change would do before it is applied: the version it replaces, the fields that change, and
 * the comp records in force on the change date that the new range would leave out of band.
 */
public record BandChangePreview(CompBandView current, Map<String, FieldChange> changes,
        List<RecordOutOfBand> recordsOutOfBand) {

    public record FieldChange(Object from, Object to) {
    }

    /** A person whose total comp the new band would put below or above it; {@code wasWithin}: before the change. */
    public record RecordOutOfBand(String employeeId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalComp,
            String positionAfter, boolean wasWithin) {
    }
}
