package com.careerplatform.comp.record;

import com.careerplatform.comp.band.PayOnRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The comp records' answer to {@link PayOnRecord}. */
@ApplicationScoped
class RecordedPayOnRecord implements PayOnRecord {

    @Override
    public List<RecordedPay> inForceOn(LocalDate day) {
        return CompRecord.inForceOn(day).stream()
                .map(record -> new RecordedPay(record.employeeId, record.frameworkSlug, record.levelCode, record.market,
                        record.segment, record.currency, record.totalComp()))
                .toList();
    }
}
