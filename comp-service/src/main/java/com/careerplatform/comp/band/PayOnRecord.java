package com.careerplatform.comp.band;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The pay the comp records hold, as a band change preview needs it: the record package answers, so that
 * bands need not know how records are kept.
 */
public interface PayOnRecord {

    /** A person's record in force on a day, where it places them. */
    record RecordedPay(String employeeId, String frameworkSlug, String levelCode, Market market, Segment segment,
            String currency, BigDecimal totalComp) {
    }

    /** Every person's record in force on {@code day}. */
    List<RecordedPay> inForceOn(LocalDate day);
}
