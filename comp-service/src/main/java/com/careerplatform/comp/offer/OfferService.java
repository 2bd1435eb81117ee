package com.careerplatform.comp.offer;

import com.careerplatform.comp.band.BandComparison;
import com.careerplatform.comp.band.CompBand;
import com.careerplatform.comp.band.CompBandView;
import com.careerplatform.comp.leveling.LevelCheck;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evaluates an offer for a level its framework has against the band in force on its date. */
@ApplicationScoped
public class OfferService {

    private final LevelCheck levelCheck;

    OfferService(LevelCheck levelCheck) {
        this.levelCheck = levelCheck;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferEvaluation evaluate(OfferRequest offer) {
        levelCheck.require(offer.frameworkSlug(), offer.level(), "frameworkSlug", "level");
        List<OfferCalculator.YearPay> years = OfferCalculator.years(offer);
        BigDecimal firstYear = years.get(0).total();
        BigDecimal fourYears = years.stream().map(OfferCalculator.YearPay::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal annualised = OfferCalculator.annualised(years);
        List<OfferEvaluation.YearView> yearViews = years.stream().map(OfferEvaluation.YearView::of).toList();
        Optional<CompBand> band = CompBand.inForce(offer.frameworkSlug(), offer.level(), offer.market(), offer.segment(),
                offer.offerDate());
        if (band.isEmpty()) {
            return new OfferEvaluation(offer.currency(), yearViews, firstYear, annualised, fourYears, null, null, null,
                    null, List.of("No band for " + offer.level() + " " + offer.market() + " " + offer.segment()
                            + " is in force on " + offer.offerDate() + ": the offer is not placed in a band"));
        }
        CompBand inForce = band.get();
        if (!inForce.currency.equals(offer.currency())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The offer is in " + offer.currency()
                    + " but the band in force is in " + inForce.currency + "; convert the offer first");
        }
        BandComparison comparison = BandComparison.of(annualised, inForce);
        List<String> notes = new ArrayList<>(List.of("The position compares the 4-year annualised total comp with the band"));
        notes.addAll(comparison.notes());
        return new OfferEvaluation(offer.currency(), yearViews, firstYear, annualised, fourYears,
                CompBandView.of(inForce), comparison.position(), comparison.rangePenetrationPercent(),
                comparison.compaRatio(), notes);
    }
}
