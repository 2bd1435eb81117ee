package com.careerplatform.comp.offer;

import com.careerplatform.comp.offer.OfferRequest.EquityGrant;
import com.careerplatform.comp.offer.OfferRequest.Refresh;
import com.careerplatform.comp.offer.OfferRequest.SignOn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The yearly pay of an offer for years 1–4, in exact decimals (scale 2, half-even). Equity vests yearly;
 * nothing vests before the cliff, and at the cliff everything accrued until then vests at once. A grant
 * divided into yearly amounts gives any rounding remainder to its last year, so the parts add up to the
 * grant exactly.
 */
public final class OfferCalculator {

    public static final int YEARS = 4;
    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OfferCalculator() {
    }

    /** One year's pay, each component and the total. */
    public record YearPay(int year, BigDecimal base, BigDecimal bonus, BigDecimal signOn, BigDecimal equity,
            BigDecimal refresh, BigDecimal total) {
    }

    public static List<YearPay> years(OfferRequest offer) {
        BigDecimal base = money(offer.base());
        BigDecimal bonus = money(offer.base().multiply(offer.bonusTargetPercent()).divide(HUNDRED, SCALE, ROUNDING));
        List<BigDecimal> signOn = signOn(offer.signOn());
        List<BigDecimal> equity = equity(offer.equity());
        List<BigDecimal> refresh = refresh(offer.refresh());
        List<YearPay> years = new ArrayList<>();
        for (int year = 1; year <= YEARS; year++) {
            BigDecimal total = base.add(bonus).add(signOn.get(year - 1)).add(equity.get(year - 1)).add(refresh.get(year - 1));
            years.add(new YearPay(year, base, bonus, signOn.get(year - 1), equity.get(year - 1), refresh.get(year - 1), total));
        }
        return years;
    }

    /** The mean yearly total over the four years. */
    public static BigDecimal annualised(List<YearPay> years) {
        return years.stream().map(YearPay::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(years.size()), SCALE, ROUNDING);
    }

    static List<BigDecimal> signOn(SignOn signOn) {
        if (signOn == null) {
            return zeros();
        }
        return padded(divide(money(signOn.amount()), evenPercentages(signOn.years())));
    }

    static List<BigDecimal> equity(EquityGrant grant) {
        if (grant == null) {
            return zeros();
        }
        List<BigDecimal> percentages = grant.split() != null ? grant.split() : evenPercentages(grant.years());
        List<BigDecimal> accruing = divide(money(grant.totalValue()), percentages);
        int cliffYear = Math.max(1, (grant.cliff() + 11) / 12);
        List<BigDecimal> vesting = new ArrayList<>();
        BigDecimal accrued = BigDecimal.ZERO;
        for (int year = 1; year <= accruing.size(); year++) {
            accrued = accrued.add(accruing.get(year - 1));
            if (year < cliffYear) {
                vesting.add(BigDecimal.ZERO.setScale(SCALE));
            } else if (year == cliffYear) {
                vesting.add(accrued);
            } else {
                vesting.add(accruing.get(year - 1));
            }
        }
        return padded(vesting);
    }

    static List<BigDecimal> refresh(Refresh refresh) {
        if (refresh == null) {
            return zeros();
        }
        List<BigDecimal> oneGrant = divide(money(refresh.annualValue()), evenPercentages(refresh.years()));
        List<BigDecimal> yearly = new ArrayList<>(zeros());
        for (int granted = 2; granted <= YEARS; granted++) {
            for (int year = granted; year <= YEARS && year - granted < oneGrant.size(); year++) {
                yearly.set(year - 1, yearly.get(year - 1).add(oneGrant.get(year - granted)));
            }
        }
        return yearly;
    }

    private static List<BigDecimal> evenPercentages(int years) {
        return Collections.nCopies(years, HUNDRED.divide(BigDecimal.valueOf(years), 10, ROUNDING));
    }

    /** Splits {@code total} by percentages; the last part takes the remainder so the parts sum to the total. */
    private static List<BigDecimal> divide(BigDecimal total, List<BigDecimal> percentages) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < percentages.size(); i++) {
            BigDecimal part = i == percentages.size() - 1 ? total.subtract(given)
                    : total.multiply(percentages.get(i)).divide(HUNDRED, SCALE, ROUNDING);
            parts.add(part);
            given = given.add(part);
        }
        return parts;
    }

    private static List<BigDecimal> padded(List<BigDecimal> values) {
        List<BigDecimal> years = new ArrayList<>(zeros());
        for (int i = 0; i < Math.min(YEARS, values.size()); i++) {
            years.set(i, values.get(i));
        }
        return years;
    }

    private static List<BigDecimal> zeros() {
        return Collections.nCopies(YEARS, BigDecimal.ZERO.setScale(SCALE));
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }
}
