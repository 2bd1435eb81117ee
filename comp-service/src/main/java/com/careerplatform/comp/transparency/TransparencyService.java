package com.careerplatform.comp.transparency;

import com.careerplatform.comp.record.CompRecord;
import com.careerplatform.comp.record.Sex;
import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pay transparency (EU 2023/970): Art. 7 information requests and Art. 9 indicators. */
@ApplicationScoped
public class TransparencyService {

    static final String OPEN = "OPEN";
    static final String ANSWERED = "ANSWERED";
    private static final String AUDIT_TYPE = "pay-information-request";

    private final AuditLog audit;
    private final Clock clock;
    private final int minGroupSize;

    TransparencyService(AuditLog audit, Clock clock, TransparencyConfig config) {
        this.audit = audit;
        this.clock = clock;
        this.minGroupSize = config.minGroupSize();
    }

    /** Records a request; the answer is due two months later (Art. 7(4)). */
    @Transactional
    public InformationRequest request(String employeeId, String user) {
        InformationRequest request = new InformationRequest();
        request.id = UUID.randomUUID();
        request.employeeId = employeeId;
        request.requestedBy = user;
        request.requestedAt = OffsetDateTime.now(clock);
        request.dueDate = request.requestedAt.toLocalDate().plusMonths(2);
        request.status = OPEN;
        request.persist();
        audit.record("pay-information.requested", AUDIT_TYPE, request.id.toString(), null, Map.of(
                "employeeId", employeeId, "dueDate", request.dueDate.toString()));
        return request;
    }

    @Transactional
    public InformationRequest answer(UUID id, String user) {
        InformationRequest request = find(id);
        if (ANSWERED.equals(request.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Request " + id + " was answered on " + request.answeredAt);
        }
        LocalDate today = LocalDate.now(clock);
        CompRecord own = CompRecord.inForce(request.employeeId, today).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE, "No comp record of " + request.employeeId + " is in force today to answer with"));
        List<CompRecord> category = CompRecord.inForceOn(today).stream()
                .filter(record -> record.levelCode.equals(own.levelCode) && record.currency.equals(own.currency)
                        && record.frameworkSlug.equals(own.frameworkSlug))
                .toList();
        List<InformationAnswer.GroupAverage> averages = new ArrayList<>();
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
            List<CompRecord> group = category.stream().filter(record -> record.sex == sex).toList();
            averages.add(group.size() < minGroupSize
                    ? new InformationAnswer.GroupAverage(sex.name(), true, null, null, null)
                    : new InformationAnswer.GroupAverage(sex.name(), false, group.size(),
                            PayStatistics.mean(group.stream().map(record -> record.base).toList()),
                            PayStatistics.mean(group.stream().map(CompRecord::totalComp).toList())));
        }
        request.answer = new InformationAnswer(today, own.levelCode, own.currency, own.base, own.totalComp(), averages);
        request.status = ANSWERED;
        request.answeredBy = user;
        request.answeredAt = OffsetDateTime.now(clock);
        audit.record("pay-information.answered", AUDIT_TYPE, id.toString(), null, request.answer);
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InformationRequest find(UUID id) {
        return InformationRequest.<InformationRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No pay information request " + id));
    }

    /**
     * One page of the requests of {@code employeeId} (everyone's when null), as {@code view} shows it: open ones
     * first (OPEN sorts after ANSWERED), each by due date.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageView<T> list(String employeeId, PageParams page, Function<InformationRequest, T> view) {
        Sort openFirst = Sort.descending("status").and("dueDate").and("id");
        PanacheQuery<InformationRequest> found = (employeeId == null ? InformationRequest.<InformationRequest>findAll(openFirst)
                : InformationRequest.<InformationRequest>find("employeeId", openFirst, employeeId))
                .page(Page.of(page.page, page.size));
        return PageView.of(found.list().stream().map(view).toList(), page, found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicators indicators(String currency, LocalDate asOf) {
        List<CompRecord> records = CompRecord.inForceOn(asOf).stream().filter(record -> record.currency.equals(currency)).toList();
        List<CompRecord> women = bySex(records, Sex.FEMALE);
        List<CompRecord> men = bySex(records, Sex.MALE);
        long others = records.size() - women.size() - men.size();
        return new Indicators(asOf, currency, minGroupSize, women.size(), men.size(), others,
                gap(women, men, CompRecord::totalComp), gap(women, men, TransparencyService::variable),
                List.of(receiving(Sex.FEMALE, women), receiving(Sex.MALE, men)), quartiles(records), perLevel(records));
    }

    private Indicators.Gap gap(List<CompRecord> women, List<CompRecord> men, Function<CompRecord, BigDecimal> pay) {
        if (women.size() < minGroupSize || men.size() < minGroupSize) {
            return new Indicators.Gap(true, null, null);
        }
        List<BigDecimal> w = women.stream().map(pay).toList();
        List<BigDecimal> m = men.stream().map(pay).toList();
        return new Indicators.Gap(false, PayStatistics.gapPercent(PayStatistics.mean(m), PayStatistics.mean(w)),
                PayStatistics.gapPercent(PayStatistics.median(m), PayStatistics.median(w)));
    }

    private Indicators.Share receiving(Sex sex, List<CompRecord> group) {
        if (group.size() < minGroupSize) {
            return new Indicators.Share(sex.name(), true, null);
        }
        long receiving = group.stream().filter(record -> variable(record).signum() > 0).count();
        return new Indicators.Share(sex.name(), false, PayStatistics.sharePercent(receiving, group.size()));
    }

    private List<Indicators.Quartile> quartiles(List<CompRecord> records) {
        List<CompRecord> sorted = records.stream().sorted(Comparator.comparing(CompRecord::totalComp)).toList();
        List<List<CompRecord>> bands = PayStatistics.quartiles(sorted);
        List<Indicators.Quartile> quartiles = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            List<CompRecord> band = bands.get(i);
            quartiles.add(band.size() < minGroupSize ? new Indicators.Quartile(i + 1, true, null, null)
                    : new Indicators.Quartile(i + 1, false,
                            PayStatistics.sharePercent(bySex(band, Sex.FEMALE).size(), band.size()),
                            PayStatistics.sharePercent(bySex(band, Sex.MALE).size(), band.size())));
        }
        return quartiles;
    }

    private List<Indicators.LevelGap> perLevel(List<CompRecord> records) {
        Map<String, List<CompRecord>> levels = records.stream()
                .collect(Collectors.groupingBy(record -> record.levelCode, TreeMap::new, Collectors.toList()));
        List<Indicators.LevelGap> gaps = new ArrayList<>();
        levels.forEach((level, people) -> {
            List<CompRecord> women = bySex(people, Sex.FEMALE);
            List<CompRecord> men = bySex(people, Sex.MALE);
            if (women.size() < minGroupSize || men.size() < minGroupSize) {
                gaps.add(new Indicators.LevelGap(level, true, null, null));
                return;
            }
            gaps.add(new Indicators.LevelGap(level, false,
                    PayStatistics.gapPercent(PayStatistics.mean(men.stream().map(record -> record.base).toList()),
                            PayStatistics.mean(women.stream().map(record -> record.base).toList())),
                    PayStatistics.gapPercent(PayStatistics.mean(men.stream().map(TransparencyService::variable).toList()),
                            PayStatistics.mean(women.stream().map(TransparencyService::variable).toList()))));
        });
        return gaps;
    }

    private static BigDecimal variable(CompRecord record) {
        return record.totalComp().subtract(record.base);
    }

    private static List<CompRecord> bySex(List<CompRecord> records, Sex sex) {
        return records.stream().filter(record -> record.sex == sex).toList();
    }
}
