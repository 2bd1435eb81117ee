package com.careerplatform.promotion.evidence;

import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A piece of evidence as the employee or manager adds it. */
public record EvidenceRequest(
        @NotNull EvidenceKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String url,
        @NotNull LocalDate happenedOn,
        @NotNull EvidenceRole role,
        DocStatus docStatus,
        @Size(max = 10) List<@NotBlank @Size(max = 64)
                @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an axis code such as SYSTEM_DESIGN") String> axes,
        @Size(max = 4) List<@NotNull Competency> competencies,
        @Size(max = 4000) String impact) {

    private static final Set<EvidenceKind> DOCUMENTS = Set.of(EvidenceKind.RFC, EvidenceKind.DESIGN_DOC);

    @JsonIgnore
    @AssertTrue(message = "url must be an absolute http or https URL")
    @ReportedOn("url")
    public boolean isWebUrl() {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @JsonIgnore
    @AssertTrue(message = "docStatus is required for an RFC or design doc, and only for them")
    @ReportedOn("docStatus")
    public boolean isDocStatusFitting() {
        return kind == null || DOCUMENTS.contains(kind) == (docStatus != null);
    }
}
