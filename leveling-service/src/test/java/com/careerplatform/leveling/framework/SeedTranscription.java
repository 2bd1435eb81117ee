package com.careerplatform.leveling.framework;

import java.util.List;

/**
 * The seed text's senior level (sections 1.1, 1.2 and 3), transcribed by hand from
 * shared/seed/ai-engineer-career-guide.txt so that a test compares the API with the source, not with
 * the data file the service imports.
 */
final class SeedTranscription {

    static final List<String> AXES = List.of("Technical depth", "System design", "Product sense", "Communication",
            "Leadership");

    static final List<String> L5_EXPECTATIONS = List.of(
            "0 to 1 design: requirements → architecture → implementation → operations, end to end.",
            "Cross-team coordination: PM, Design, Data, Infra.",
            "Mentoring juniors: code review, onboarding, pairing.",
            "Trade-off decisions: RAG vs fine-tuning, vendor selection, cost vs quality.");

    static final List<String> L5_INTERVIEW_PROBES = List.of(
            "Design review — \"Design a document Q&A system handling 10M queries per month.\"",
            "Incident — \"An LLM hallucinated an answer in prod. How do you respond?\"",
            "Cost — \"Cut a $100K/month bill down to $20K/month.\"",
            "Eval strategy — \"How do you structure evals before shipping a new model to prod?\"");

    static final List<String> L5_COMMON_MISTAKES = List.of(
            "Too deep in tech — weak link to business impact.",
            "Under-documented — design exists only in your head.",
            "Disinterest in promotion politics — failure to make impact visible.",
            "Learning plateau — coasting on the first product win.");

    static final List<String> L5_PREPARING_FOR_STAFF = List.of(
            "Write 3-5 Design Docs or RFCs.",
            "Lead one company-wide problem: e.g., a company-wide LLM gateway platform.",
            "External visibility: conference talks, technical blog.");

    static final List<String> STAFF_ARCHETYPES = List.of(
            "Tech Lead — team-level technical leader.",
            "Architect — architecture-focused.",
            "Solver — takes on problems the company can't solve elsewhere.",
            "Right Hand — the exec's technical partner.");

    private SeedTranscription() {
    }
}
