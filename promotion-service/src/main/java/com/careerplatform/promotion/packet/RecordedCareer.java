package com.careerplatform.promotion.packet;

import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.promotion.leveling.PeopleRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What a packet takes from the people record rather than from its caller: the employee's current level,
 * in the cycle's framework, and their manager. No record, no level, another framework: a 422 saying so.
 */
@ApplicationScoped
class RecordedCareer {

    private static final String UNAVAILABLE =
            "leveling-service cannot answer for the people record right now; nothing was written, retry shortly";

    private final PeopleRecord people;

    RecordedCareer(PeopleRecord people) {
        this.people = people;
    }

    /** The employee's record, leveled in {@code framework}, with a manager to endorse the packet. */
    PeopleRecord.Person leveledIn(String employeeId, String framework) {
        PeopleRecord.Person person = of(employeeId, () -> new ProblemException(ProblemType.UNPROCESSABLE,
                "The people record has no " + employeeId + " that you may read; HR provisions people over SCIM, and a"
                        + " packet takes its current level and manager from there"));
        if (person.level() == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, employeeId + " holds no level in the people record"
                    + " yet (hired, but not started?): there is no level to be promoted from");
        }
        if (!framework.equals(person.framework())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, employeeId + " is leveled in " + person.framework()
                    + ", and the cycle promotes in " + framework);
        }
        if (person.managerId() == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The people record names no manager for " + employeeId
                    + ": a packet needs one to endorse it");
        }
        return person;
    }

    /** The employee's record as the caller may read it; {@code whenUnreadable} when they may not. */
    PeopleRecord.Person of(String employeeId, Supplier<ProblemException> whenUnreadable) {
        return UpstreamAnswers.ask(() -> people.of(employeeId), whenUnreadable, UNAVAILABLE);
    }
}
