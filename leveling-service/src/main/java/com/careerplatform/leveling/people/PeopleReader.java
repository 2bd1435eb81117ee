package com.careerplatform.leveling.people;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads of the people record, each filtered by {@link PeopleAccess}. */
@ApplicationScoped
public class PeopleReader {

    private final Clock clock;

    PeopleReader(Clock clock) {
        this.clock = clock;
    }

    /** The person with the level in force on {@code asOf} (today when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView find(String employeeId, LocalDate asOf, SecurityIdentity caller) {
        Person person = PeopleAccess.readable(Person.byEmployeeId(employeeId), employeeId, caller);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return PersonView.of(person, LevelChange.inForce(employeeId, day).orElse(null), day);
    }

    /** One page of the person's level history, the latest to take effect first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LevelChangeView> history(String employeeId, PageParams page, SecurityIdentity caller) {
        PeopleAccess.readable(Person.byEmployeeId(employeeId), employeeId, caller);
        List<LevelChangeView> items = LevelChange.history(employeeId, Page.of(page.page, page.size)).stream()
                .map(LevelChangeView::of).toList();
        return PageView.of(items, page, LevelChange.countOf(employeeId));
    }

    /** One page of the people who report to {@code employeeId}, by employee id, with their levels today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PersonView> reports(String employeeId, PageParams page, SecurityIdentity caller) {
        PeopleAccess.whoseReportsReadable(Person.byEmployeeId(employeeId), employeeId, caller);
        PanacheQuery<Person> reports = Person.<Person>find("managerId", Sort.ascending("employeeId"), employeeId)
                .page(Page.of(page.page, page.size));
        List<Person> people = reports.list();
        LocalDate today = LocalDate.now(clock);
        Map<String, LevelChange> levels = LevelsInForce.on(today, people.stream().map(person -> person.employeeId).toList());
        List<PersonView> items = people.stream()
                .map(person -> PersonView.of(person, levels.get(person.employeeId), today)).toList();
        return PageView.of(items, page, reports.count());
    }
}
