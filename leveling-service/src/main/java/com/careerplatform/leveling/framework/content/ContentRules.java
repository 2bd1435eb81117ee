package com.careerplatform.leveling.framework.content;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a framework's content that span fields: unique codes, axes that exist, ordered years, an
 * interview loop whose typical size fits its rounds, and at most one self-assessment checklist.
 */
public final class ContentRules {

    private ContentRules() {
    }

    /** Throws a validation problem listing every broken rule, or returns the content unchanged. */
    public static FrameworkContent check(FrameworkContent content, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> axes = new HashSet<>();
        for (int i = 0; i < content.axes().size(); i++) {
            if (!axes.add(content.axes().get(i).code())) {
                errors.add(new FieldError(prefix + "axes[" + i + "].code", "duplicate axis code"));
            }
        }
        Set<String> levels = new HashSet<>();
        for (int i = 0; i < content.levels().size(); i++) {
            FrameworkContent.Level level = content.levels().get(i);
            String path = prefix + "levels[" + i + "]";
            if (!levels.add(level.code())) {
                errors.add(new FieldError(path + ".code", "duplicate level code"));
            }
            if (level.yearsFrom() != null && level.yearsTo() != null && level.yearsFrom() > level.yearsTo()) {
                errors.add(new FieldError(path + ".yearsTo", "must not be below yearsFrom"));
            }
            for (int j = 0; j < level.items().size(); j++) {
                String axis = level.items().get(j).axis();
                if (axis != null && !axes.contains(axis)) {
                    errors.add(new FieldError(path + ".items[" + j + "].axis", "must be one of the axes " + axes));
                }
            }
        }
        Set<String> tracks = new HashSet<>();
        for (int i = 0; i < content.tracks().size(); i++) {
            if (!tracks.add(content.tracks().get(i).code())) {
                errors.add(new FieldError(prefix + "tracks[" + i + "].code", "duplicate track code"));
            }
        }
        if (content.interviewLoop() != null) {
            checkLoop(content.interviewLoop(), prefix + "interviewLoop", errors);
        }
        Set<String> guides = new HashSet<>();
        for (int i = 0; i < content.guides().size(); i++) {
            if (!guides.add(content.guides().get(i).code())) {
                errors.add(new FieldError(prefix + "guides[" + i + "].code", "duplicate guide code"));
            }
        }
        if (content.guides().stream().filter(guide -> guide.use() == GuideUse.SELF_CHECK).count() > 1) {
            errors.add(new FieldError(prefix + "guides", "at most one guide is the SELF_CHECK checklist"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) rejected", errors);
        }
        return content;
    }

    private static void checkLoop(InterviewLoop loop, String path, List<FieldError> errors) {
        if (loop.minRounds() > loop.maxRounds()) {
            errors.add(new FieldError(path + ".maxRounds", "must not be below minRounds"));
        }
        if (loop.minRounds() > loop.rounds().size()) {
            errors.add(new FieldError(path + ".minRounds", "must not exceed the " + loop.rounds().size() + " rounds listed"));
        }
        Set<RoundType> rounds = new HashSet<>();
        for (int i = 0; i < loop.rounds().size(); i++) {
            if (!rounds.add(loop.rounds().get(i).code())) {
                errors.add(new FieldError(path + ".rounds[" + i + "].code", "duplicate round"));
            }
        }
        Set<String> sections = new HashSet<>();
        for (int i = 0; i < loop.banks().size(); i++) {
            InterviewLoop.Bank bank = loop.banks().get(i);
            if (!sections.add(bank.section())) {
                errors.add(new FieldError(path + ".banks[" + i + "].section", "duplicate bank section"));
            }
            for (RoundType round : bank.rounds()) {
                if (!rounds.contains(round)) {
                    errors.add(new FieldError(path + ".banks[" + i + "].rounds", round + " is not one of the loop's rounds"));
                }
            }
        }
    }
}
