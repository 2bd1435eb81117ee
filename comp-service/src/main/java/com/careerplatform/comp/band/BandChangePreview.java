package com.careerplatform.comp.band;

import com.careerplatform.comp.band.BandComparison.Position;
import com.careerplatform.kit.paging.PageView;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a band change would do before it is applied: the version it replaces, the fields that change, and
 * one page of the comp records in force on the change date that the new range would leave out of band,
 * by employee id ({@code totalItems} counts them all).
 */
public record BandChangePreview(CompBandView current, Map<String, FieldChange> changes,
        PageView<RecordOutOfBand> recordsOutOfBand) {

    public record FieldChange(Object from, Object to) {
    }

    /** A person whose total comp the new band would put below or above it; {@code wasWithin}: before the change. */
    public record RecordOutOfBand(@Schema(maxLength = 64) String employeeId,
            BigDecimal totalComp,
            Position positionAfter, boolean wasWithin) {
    }
}
