package com.careerplatform.leveling.people;

import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The levels in force on one day for a page of people, read in one query instead of one per person. */
public final class LevelsInForce {

    private LevelsInForce() {
    }

    public static Map<String, LevelChange> on(LocalDate day, Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        List<LevelChange> changes = LevelChange.<LevelChange>find("employeeId in ?1 and effectiveFrom <= ?2",
                Sort.descending("effectiveFrom", "seq"), employeeIds, day).list();
        Map<String, LevelChange> latest = new HashMap<>();
        changes.forEach(change -> latest.putIfAbsent(change.employeeId, change));
        return latest;
    }
}
