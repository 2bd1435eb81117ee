package com.careerplatform.leveling.framework.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The whole content of one framework version: what hr-admin writes into a draft and what portals read
 * once it is published. Stored as one JSON document per version.
 */
public record FrameworkContent(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Size(max = 2000) String source,
        @Size(max = 2000) String axesNote,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Axis> axes,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Level> levels,
        @Size(max = 20) List<@NotNull @Valid Track> tracks,
        @Size(max = 20) List<@NotNull @Valid TrackNote> trackNotes,
        @Valid InterviewLoop interviewLoop,
        @Size(max = 50) List<@NotNull @Valid Guide> guides) {

    public FrameworkContent {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        trackNotes = trackNotes == null ? List.of() : List.copyOf(trackNotes);
        guides = guides == null ? List.of() : List.copyOf(guides);
    }

    /** A competency axis, e.g. TECHNICAL_DEPTH. */
    public record Axis(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be UPPER_SNAKE_CASE") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1000) String description) {
    }

    /** A level with its bullets, in the order they are read. */
    public record Level(
            @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be a level code such as L5") String code,
            @NotBlank @Size(max = 100) String stage,
            @NotBlank @Size(max = 200) String title,
            @Min(0) @Max(60) Integer yearsFrom,
            @Min(0) @Max(60) Integer yearsTo,
            @Size(max = 1000) String summary,
            @Size(max = 16) String sourceSection,
            @Size(max = 300) List<@NotNull @Valid Item> items,
            @Size(max = 50) List<@NotNull @Valid Note> notes,
            @Size(max = 20) List<@NotNull @Valid EvidenceRule> promotionBar) {

        public Level {
            items = items == null ? List.of() : List.copyOf(items);
            notes = notes == null ? List.of() : List.copyOf(notes);
            promotionBar = promotionBar == null ? List.of() : List.copyOf(promotionBar);
        }
    }

    /**
     * One rule of the bar a promotion packet must clear to reach a level: at least {@code minimum} pieces
     * of evidence of the given kinds, roles, document statuses and staff competencies (an empty list does
     * not filter). Promotion readiness reads these rules; they are data, so a framework version changes them.
     * {@code description} is the source's words where {@code section} names one; {@code reading} says what
     * the platform made of them (the kinds, roles, statuses and minimum are its reading, not the source's).
     */
    public record EvidenceRule(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be UPPER_SNAKE_CASE") String code,
            @NotBlank @Size(max = 500) String description,
            @Size(max = 1000) String reading,
            @Size(max = 16) String section,
            @Size(max = 10) List<@NotBlank @Size(max = 64) String> kinds,
            @Size(max = 10) List<@NotBlank @Size(max = 64) String> roles,
            @Size(max = 10) List<@NotBlank @Size(max = 64) String> docStatuses,
            @Size(max = 10) List<@NotBlank @Size(max = 64) String> competencies,
            @Min(1) @Max(100) int minimum) {

        public EvidenceRule {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            roles = roles == null ? List.of() : List.copyOf(roles);
            docStatuses = docStatuses == null ? List.of() : List.copyOf(docStatuses);
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
        }
    }

    /** One bullet of a level: what kind of statement it is, its text, and where in the source it stands. */
    public record Item(
            @NotNull ItemKind kind,
            @NotBlank @Size(max = 2000) String text,
            @Size(max = 16) String section,
            @Size(max = 200) String sectionTitle,
            @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be UPPER_SNAKE_CASE") String axis) {
    }

    /** A remark about a whole source section. */
    public record Note(@Size(max = 16) String section, @NotBlank @Size(max = 2000) String text) {
    }

    /** A career track such as ML Engineer, described by bullets. */
    public record Track(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be UPPER_SNAKE_CASE") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull TrackSide side,
            @Size(max = 100) List<@NotNull @Valid TrackItem> items) {

        public Track {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record TrackItem(@NotBlank @Size(max = 2000) String text, @Size(max = 16) String section,
            @Size(max = 200) String sectionTitle) {
    }

    /** A remark about the tracks as a whole (e.g. the hybrid strategy of seed 6.3), with its bullets. */
    public record TrackNote(@Size(max = 16) String section, @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String text, @Size(max = 100) List<@NotBlank @Size(max = 2000) String> items) {

        public TrackNote {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(level -> level.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Guide> guide(String code) {
        return guides.stream().filter(guide -> guide.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The guide employees assess themselves against, if the framework has one. */
    public Optional<Guide> selfCheck() {
        return guides.stream().filter(guide -> guide.use() == GuideUse.SELF_CHECK).findFirst();
    }

    public List<String> levelCodes() {
        return levels.stream().map(Level::code).toList();
    }
}
