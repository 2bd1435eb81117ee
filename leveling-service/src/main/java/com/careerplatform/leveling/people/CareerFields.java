package com.careerplatform.leveling.people;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a person's framework, track and level against the framework's current published version, as
 * every way into the record (SCIM, import, corrections) must: a level or track the framework does not
 * have never enters it.
 */
@ApplicationScoped
public class CareerFields {

    private final PublishedVersions frameworks;
    private final String defaultFramework;

    CareerFields(PublishedVersions frameworks, PeopleConfig config) {
        this.frameworks = frameworks;
        this.defaultFramework = config.defaultFramework();
    }

    /** The framework a write puts the person in: the one it names, else the person's, else the default. */
    public String frameworkOf(PersonWrite write, Person existing) {
        return write.framework() != null ? write.framework() : frameworkOf(existing);
    }

    /** The person's framework, else (a new person, or one provisioned without one) the default. */
    public String frameworkOf(Person existing) {
        return existing != null && existing.frameworkSlug != null ? existing.frameworkSlug : defaultFramework;
    }

    /** The current version of a framework, or empty when it is not published. */
    public Optional<PublishedVersions.Version> current(String framework) {
        try {
            return Optional.of(frameworks.of(framework, null));
        } catch (ProblemException unknown) {
            return Optional.empty();
        }
    }

    /** Every problem with the write's framework, track and level, each naming the field. */
    public List<FieldError> check(PersonWrite write, String framework) {
        List<FieldError> errors = new ArrayList<>();
        Optional<PublishedVersions.Version> version = current(framework);
        if (version.isEmpty()) {
            errors.add(new FieldError("framework", "names no published framework: '" + framework + "'"));
            return errors;
        }
        FrameworkContent content = version.get().content();
        if (write.level() != null && !content.levelCodes().contains(write.level())) {
            errors.add(new FieldError("level", "must be one of the levels of " + framework + " " + content.levelCodes()));
        }
        List<String> tracks = content.tracks().stream().map(FrameworkContent.Track::code).toList();
        if (write.track() != null && !tracks.contains(write.track())) {
            errors.add(new FieldError("track", "must be one of the tracks of " + framework + " " + tracks));
        }
        return errors;
    }

    /** The framework's current version when it has {@code level}; else a 400 naming {@code field} (422: no such framework). */
    public PublishedVersions.Version requireLevel(String framework, String level, String field) {
        PublishedVersions.Version version = current(framework).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE,
                "The person's framework '" + framework + "' is not published"));
        if (!version.content().levelCodes().contains(level)) {
            String message = "must be one of the levels of " + framework + " " + version.content().levelCodes();
            throw new ProblemException(ProblemType.VALIDATION,
                    "Field '" + field + "' " + message, List.of(new FieldError(field, message)));
        }
        return version;
    }
}
