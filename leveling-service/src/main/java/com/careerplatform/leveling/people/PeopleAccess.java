package com.careerplatform.leveling.people;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.security.EmployeeIds;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;

/**
 * Who may read whose record: the person, their manager, hr-admin, comp-admin (pay follows the level) and
 * the platform's services. For anyone else a person does not exist: the answer is the 404 of an unknown
 * employee id, so nobody learns who works here by guessing ids.
 */
final class PeopleAccess {

    private PeopleAccess() {
    }

    static Person readable(Optional<Person> found, String employeeId, SecurityIdentity caller) {
        return found.filter(person -> mayRead(person, caller)).orElseThrow(() -> unknown(employeeId));
    }

    /** A manager's reports are theirs to see; HR, comp and the platform's services see anyone's. */
    static Person whoseReportsReadable(Optional<Person> found, String employeeId, SecurityIdentity caller) {
        return found.filter(person -> administers(caller) || isCaller(person.employeeId, caller))
                .orElseThrow(() -> unknown(employeeId));
    }

    static ProblemException unknown(String employeeId) {
        return ProblemException.notFound("No person " + employeeId + " in the people record");
    }

    private static boolean mayRead(Person person, SecurityIdentity caller) {
        return administers(caller) || isCaller(person.employeeId, caller)
                || (person.managerId != null && isCaller(person.managerId, caller));
    }

    private static boolean administers(SecurityIdentity caller) {
        return caller.hasRole(Roles.HR_ADMIN) || caller.hasRole(Roles.COMP_ADMIN) || caller.hasRole(Roles.PLATFORM_SERVICE);
    }

    private static boolean isCaller(String employeeId, SecurityIdentity caller) {
        return EmployeeIds.of(caller).filter(employeeId::equals).isPresent();
    }
}
