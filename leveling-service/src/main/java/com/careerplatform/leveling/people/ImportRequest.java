package com.careerplatform.leveling.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A bulk import as JSON: the people, at most {@link PeopleImport#MAX_ROWS}. */
public record ImportRequest(@NotNull @Size(min = 1, max = PeopleImport.MAX_ROWS) List<@NotNull @Valid PersonRow> people) {
}
