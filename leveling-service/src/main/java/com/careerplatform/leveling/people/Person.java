package com.careerplatform.leveling.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One person of the organisation as HR provisions them; their levels are in {@link LevelChange}. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String employeeId;

    public UUID scimId;

    public String userName;

    public String externalId;

    public String displayName;

    public String givenName;

    public String familyName;

    public String email;

    public String managerId;

    public String frameworkSlug;

    public String track;

    @Enumerated(EnumType.STRING)
    public Market market;

    public boolean active;

    public String candidateId;

    @Version
    public int revision;

    public String createdBy;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    public static Optional<Person> byEmployeeId(String employeeId) {
        return findByIdOptional(employeeId);
    }

    /** The person, locked until the transaction ends: level changes read the level in force before they add one. */
    public static Optional<Person> lockedByEmployeeId(String employeeId) {
        return findByIdOptional(employeeId, LockModeType.PESSIMISTIC_WRITE);
    }

    public static Optional<Person> byScimId(UUID scimId) {
        return find("scimId", scimId).firstResultOptional();
    }

    public static Optional<Person> byUserName(String userName) {
        return find("lower(userName) = lower(?1)", userName).firstResultOptional();
    }

    /** The name to show: the display name, else given and family name, else the user name. */
    public String shownName() {
        if (displayName != null) {
            return displayName;
        }
        String full = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return full.isEmpty() ? userName : full;
    }

    public PersonStatus status() {
        return active ? PersonStatus.ACTIVE : PersonStatus.INACTIVE;
    }
}
