package com.careerplatform.leveling.ladder;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.ladder.LadderRequests.CreateLadderRequest;
import com.careerplatform.leveling.ladder.LadderRequests.EdgeRequest;
import com.careerplatform.leveling.ladder.LadderViews.EdgeView;
import com.careerplatform.leveling.ladder.LadderViews.EquivalentView;
import com.careerplatform.leveling.ladder.LadderViews.LadderView;
import com.careerplatform.leveling.ladder.LadderViews.TranslationView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Company ladders: list, translate a label across companies, and hr-admin's additions. Portals translate
 * far more often than ladders change, and a translation reads every ladder: translations are answered
 * from memory for {@link #TRANSLATIONS_FOR}, so another instance's change shows within that time (this
 * instance's at once).
 */
@ApplicationScoped
public class LadderService {

    /** The most ladders: a translation answers every other ladder at once, and no answer lists over 200 items. */
    public static final int MAX_LADDERS = 200;
    /** The most edges of one ladder, whether given when it is created or added one by one. */
    public static final int MAX_EDGES = 50;

    static final Duration TRANSLATIONS_FOR = Duration.ofSeconds(1);

    private static final String AUDIT_TYPE = "company-ladder";

    private final PublishedVersions frameworks;
    private final AuditLog audit;
    private final Clock clock;
    private final String referenceFramework;
    private final Cache<TranslationKey, TranslationView> translations = Caffeine.newBuilder()
            .maximumSize((long) MAX_LADDERS * MAX_EDGES).expireAfterWrite(TRANSLATIONS_FOR).build();

    /** The question as asked: each spelling has its own answer, so no two questions can share one by mistake. */
    private record TranslationKey(String company, String label) {
    }

    LadderService(PublishedVersions frameworks, AuditLog audit, Clock clock,
            @ConfigProperty(name = "leveling.ladders.framework") String referenceFramework) {
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
        this.referenceFramework = referenceFramework;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LadderView> list(PageParams page) {
        var found = CompanyLadder.<CompanyLadder>findAll(Sort.by("id")).page(Page.of(page.page, page.size));
        return PageView.of(found.list().stream().map(LadderView::of).toList(), page, found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LadderView find(String code) {
        return LadderView.of(ladder(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TranslationView translate(String company, String label) {
        return translations.get(new TranslationKey(company, label), key -> translated(company, label));
    }

    private TranslationView translated(String company, String label) {
        CompanyLadder ladder = ladder(company);
        LadderEdge edge = ladder.bestEdge(label).orElseThrow(() -> ProblemException.notFound(
                ladder.name + " has no label '" + label + "'; its labels are "
                        + new LinkedHashSet<>(ladder.edges.stream().map(known -> known.label).toList())
                        + plusHint(ladder, label)));
        List<EdgeView> otherEdges = ladder.edges.stream()
                .filter(other -> other != edge && other.label.equalsIgnoreCase(edge.label))
                .map(EdgeView::of)
                .toList();
        List<EquivalentView> equivalents = new ArrayList<>();
        for (CompanyLadder other : ladders()) {
            if (other != ladder) {
                equivalent(other, edge.levelCode).ifPresent(equivalents::add);
            }
        }
        String stage = reference().level(edge.levelCode).map(FrameworkContent.Level::stage).orElse(null);
        return new TranslationView(ladder.code, ladder.name, edge.label, edge.levelCode, stage, EdgeView.of(edge),
                otherEdges, equivalents);
    }

    /**
     * A '+' sent unencoded in a query string arrives as a space (application/x-www-form-urlencoded): when the
     * label with its spaces read as '+' is one of the ladder's, the answer says how to send it.
     */
    private static String plusHint(CompanyLadder ladder, String label) {
        String withPlus = label.replace(' ', '+');
        return ladder.edges.stream().map(known -> known.label)
                .filter(known -> known.equalsIgnoreCase(withPlus))
                .findFirst()
                .map(known -> ". A '+' in a URL's query is read as a space: send '" + known + "' as "
                        + known.replace("+", "%2B"))
                .orElse("");
    }

    @Transactional
    public LadderView create(CreateLadderRequest request, String user) {
        // Serialises creations, so two of them cannot both pass the checks below (the code is compared
        // case-insensitively, which the unique index does not do).
        CompanyLadder.getEntityManager().createNativeQuery("lock table company_ladder in share row exclusive mode")
                .executeUpdate();
        if (CompanyLadder.findByCode(request.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A company ladder '" + request.code() + "' exists already");
        }
        if (CompanyLadder.count() >= MAX_LADDERS) {
            throw new ProblemException(ProblemType.CONFLICT, "There are " + MAX_LADDERS
                    + " company ladders, the most the map holds; add edges to an existing ladder instead");
        }
        List<String> levels = reference().levelCodes();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.edges().size(); i++) {
            checkLevel(request.edges().get(i).level(), "edges[" + i + "].level", levels, errors);
        }
        rejectIfAny(errors);
        CompanyLadder ladder = new CompanyLadder();
        ladder.code = request.code();
        ladder.name = request.name();
        ladder.note = request.note();
        ladder.createdBy = user;
        ladder.createdAt = OffsetDateTime.now(clock);
        request.edges().forEach(edge -> ladder.edges.add(edge(ladder, edge, user)));
        rejectDuplicateEdges(ladder);
        ladder.persist();
        LadderView created = LadderView.of(ladder);
        audit.record("company-ladder.created", AUDIT_TYPE, ladder.code, null, created);
        translations.invalidateAll();
        return created;
    }

    @Transactional
    public LadderView addEdge(String code, EdgeRequest request, String user) {
        CompanyLadder ladder = ladder(code);
        List<FieldError> errors = new ArrayList<>();
        checkLevel(request.level(), "level", reference().levelCodes(), errors);
        rejectIfAny(errors);
        // Before the edges are read, so two additions cannot both pass the count below.
        CompanyLadder.getEntityManager().lock(ladder, LockModeType.PESSIMISTIC_WRITE);
        if (ladder.edges.size() >= MAX_EDGES) {
            throw new ProblemException(ProblemType.CONFLICT, ladder.name + " has " + MAX_EDGES
                    + " edges, the most one ladder holds");
        }
        LadderView before = LadderView.of(ladder);
        LadderEdge edge = edge(ladder, request, user);
        ladder.edges.add(edge);
        rejectDuplicateEdges(ladder);
        edge.persist();
        LadderView after = LadderView.of(ladder);
        audit.record("company-ladder.edge-added", AUDIT_TYPE, ladder.code, before, after);
        translations.invalidateAll();
        return after;
    }

    private Optional<EquivalentView> equivalent(CompanyLadder ladder, String level) {
        List<LadderEdge> winners = ladder.edges.stream()
                .map(edge -> edge.label.toLowerCase())
                .distinct()
                .map(label -> ladder.bestEdge(label).orElseThrow())
                .filter(edge -> edge.levelCode.equals(level))
                .toList();
        if (winners.isEmpty()) {
            return Optional.empty();
        }
        Confidence weakest = winners.stream().map(edge -> edge.confidence).min(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new EquivalentView(ladder.code, ladder.name,
                winners.stream().map(edge -> edge.label).toList(), weakest));
    }

    private LadderEdge edge(CompanyLadder ladder, EdgeRequest request, String user) {
        LadderEdge edge = new LadderEdge();
        edge.ladder = ladder;
        edge.label = request.label().strip();
        edge.levelCode = request.level();
        edge.source = request.source().strip();
        edge.confidence = request.confidence();
        edge.basis = request.basisOrStated();
        edge.position = ladder.edges.size();
        edge.createdBy = user;
        edge.createdAt = OffsetDateTime.now(clock);
        return edge;
    }

    private static void rejectDuplicateEdges(CompanyLadder ladder) {
        long distinct = ladder.edges.stream()
                .map(edge -> edge.label.toLowerCase() + "\n" + edge.source)
                .distinct()
                .count();
        if (distinct < ladder.edges.size()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A label of " + ladder.name + " is mapped twice by the same source");
        }
    }

    private static void checkLevel(String level, String field, List<String> levels, List<FieldError> errors) {
        if (!levels.contains(level)) {
            errors.add(new FieldError(field, "must be one of the internal levels " + levels));
        }
    }

    private static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) rejected", errors);
        }
    }

    private FrameworkContent reference() {
        return frameworks.of(referenceFramework, null).content();
    }

    /** Every ladder with its edges, in one query: a translation reads them all. */
    private static List<CompanyLadder> ladders() {
        return CompanyLadder.find("select distinct l from CompanyLadder l left join fetch l.edges order by l.id").list();
    }

    private static CompanyLadder ladder(String code) {
        return CompanyLadder.findByCode(code).orElseThrow(() -> ProblemException.notFound(
                "No company ladder '" + code + "'; known companies are "
                        + ladders().stream().map(ladder -> ladder.code).toList()));
    }
}
