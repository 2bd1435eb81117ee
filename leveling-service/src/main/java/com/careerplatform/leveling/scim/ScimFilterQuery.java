package com.careerplatform.leveling.scim;

import com.careerplatform.leveling.people.Person;
import com.fasterxml.jackson.databind.node.ValueNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
import com.unboundid.scim2.common.filters.ContainsFilter;
import com.unboundid.scim2.common.filters.EndsWithFilter;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterVisitor;
import com.unboundid.scim2.common.filters.GreaterThanFilter;
import com.unboundid.scim2.common.filters.GreaterThanOrEqualFilter;
import com.unboundid.scim2.common.filters.LessThanFilter;
import com.unboundid.scim2.common.filters.LessThanOrEqualFilter;
import com.unboundid.scim2.common.filters.NotEqualFilter;
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;
import com.unboundid.scim2.common.filters.PresentFilter;
import com.unboundid.scim2.common.filters.StartsWithFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A SCIM filter (RFC 7644 §3.4.2.2, parsed by the SDK) as a condition of a query on {@link Person}, so
 * that a filtered list is one indexed query however many people there are. Attributes: userName,
 * externalId, id, displayName, name.givenName, name.familyName, emails(.value), active, employeeNumber,
 * manager.value, and the career extension's framework, track and market; operators eq, ne, co, sw, ew and
 * pr, combined with and, or, not. Anything else is an invalidFilter error naming what is not supported.
 */
final class ScimFilterQuery implements FilterVisitor<String, List<Object>> {

    /** How an attribute is queried: its column, and whether it compares without case. */
    private record Column(String expression, boolean caseIgnored, boolean bool) {
    }

    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("username", new Column("p.userName", true, false)),
            Map.entry("externalid", new Column("p.externalId", false, false)),
            Map.entry("displayname", new Column("p.displayName", true, false)),
            Map.entry("name.givenname", new Column("p.givenName", true, false)),
            Map.entry("name.familyname", new Column("p.familyName", true, false)),
            Map.entry("emails", new Column("p.email", true, false)),
            Map.entry("emails.value", new Column("p.email", true, false)),
            Map.entry("active", new Column("p.active", false, true)),
            Map.entry(key(ScimSchemas.ENTERPRISE_USER, "employeeNumber"), new Column("p.employeeId", false, false)),
            Map.entry(key(ScimSchemas.CAREER_USER, "framework"), new Column("p.frameworkSlug", false, false)),
            Map.entry(key(ScimSchemas.CAREER_USER, "track"), new Column("p.track", false, false)),
            Map.entry(key(ScimSchemas.CAREER_USER, "market"), new Column("str(p.market)", false, false)));
    private static final String MANAGER = key(ScimSchemas.ENTERPRISE_USER, "manager.value");

    /** An HQL condition on {@code p} with positional parameters ?1, ?2, … in {@code parameters}. */
    record Condition(String where, List<Object> parameters) {
    }

    static Condition of(String filter) throws ScimException {
        if (filter == null || filter.isBlank()) {
            return new Condition("1 = 1", List.of());
        }
        Filter parsed;
        try {
            parsed = Filter.fromString(filter);
        } catch (BadRequestException e) {
            throw BadRequestException.invalidFilter("The filter cannot be parsed: " + e.getMessage());
        }
        List<Object> parameters = new ArrayList<>();
        return new Condition(parsed.visit(new ScimFilterQuery(), parameters), parameters);
    }

    @Override
    public String visit(EqualFilter filter, List<Object> parameters) throws ScimException {
        if (isId(filter.getAttributePath())) {
            return "p.scimId = " + parameter(parameters, uuidOrNone(text(filter)));
        }
        if (key(filter.getAttributePath()).equals(MANAGER)) {
            return "p.managerId in (select m.employeeId from Person m where m.scimId = "
                    + parameter(parameters, uuidOrNone(text(filter))) + ")";
        }
        Column column = column(filter);
        if (column.bool()) {
            return column.expression() + " = " + parameter(parameters, bool(filter));
        }
        return compared(column) + " = " + parameter(parameters, folded(column, text(filter)));
    }

    @Override
    public String visit(NotEqualFilter filter, List<Object> parameters) throws ScimException {
        return "not (" + visit((EqualFilter) Filter.eq(filter.getAttributePath(), filter.getComparisonValue()), parameters)
                + ")";
    }

    @Override
    public String visit(ContainsFilter filter, List<Object> parameters) throws ScimException {
        return like(filter, "%", "%", parameters);
    }

    @Override
    public String visit(StartsWithFilter filter, List<Object> parameters) throws ScimException {
        return like(filter, "", "%", parameters);
    }

    @Override
    public String visit(EndsWithFilter filter, List<Object> parameters) throws ScimException {
        return like(filter, "%", "", parameters);
    }

    @Override
    public String visit(PresentFilter filter, List<Object> parameters) throws ScimException {
        if (isId(filter.getAttributePath())) {
            return "1 = 1";
        }
        if (key(filter.getAttributePath()).equals(MANAGER)) {
            return "p.managerId is not null";
        }
        return column(filter).expression() + " is not null";
    }

    @Override
    public String visit(AndFilter filter, List<Object> parameters) throws ScimException {
        return combined(filter.getCombinedFilters(), " and ", parameters);
    }

    @Override
    public String visit(OrFilter filter, List<Object> parameters) throws ScimException {
        return combined(filter.getCombinedFilters(), " or ", parameters);
    }

    @Override
    public String visit(NotFilter filter, List<Object> parameters) throws ScimException {
        return "not (" + filter.getInvertedFilter().visit(this, parameters) + ")";
    }

    @Override
    public String visit(GreaterThanFilter filter, List<Object> parameters) throws ScimException {
        throw unsupported("gt");
    }

    @Override
    public String visit(GreaterThanOrEqualFilter filter, List<Object> parameters) throws ScimException {
        throw unsupported("ge");
    }

    @Override
    public String visit(LessThanFilter filter, List<Object> parameters) throws ScimException {
        throw unsupported("lt");
    }

    @Override
    public String visit(LessThanOrEqualFilter filter, List<Object> parameters) throws ScimException {
        throw unsupported("le");
    }

    @Override
    public String visit(ComplexValueFilter filter, List<Object> parameters) throws ScimException {
        throw BadRequestException.invalidFilter("Value filters such as emails[type eq \"work\"] are not supported:"
                + " a person has one email");
    }

    private String combined(List<Filter> filters, String operator, List<Object> parameters) throws ScimException {
        List<String> parts = new ArrayList<>();
        for (Filter filter : filters) {
            parts.add("(" + filter.visit(this, parameters) + ")");
        }
        return String.join(operator, parts);
    }

    private static String like(Filter filter, String before, String after, List<Object> parameters) throws ScimException {
        Column column = column(filter);
        if (column.bool()) {
            throw BadRequestException.invalidFilter(filter.getAttributePath() + " is true or false: use eq");
        }
        String escaped = folded(column, text(filter)).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return compared(column) + " like " + parameter(parameters, before + escaped + after) + " escape '\\'";
    }

    private static Column column(Filter filter) throws BadRequestException {
        Column column = COLUMNS.get(key(filter.getAttributePath()));
        if (column == null) {
            throw BadRequestException.invalidFilter("Filtering on " + filter.getAttributePath() + " is not supported;"
                    + " filter on " + COLUMNS.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + ", id or manager.value");
        }
        return column;
    }

    private static String compared(Column column) {
        return column.caseIgnored() ? "lower(" + column.expression() + ")" : column.expression();
    }

    private static String folded(Column column, String value) {
        return column.caseIgnored() ? value.toLowerCase(Locale.ROOT) : value;
    }

    private static String text(Filter filter) throws BadRequestException {
        ValueNode value = filter.getComparisonValue();
        if (value == null || !value.isTextual()) {
            throw BadRequestException.invalidFilter(filter.getAttributePath() + " compares with a string");
        }
        return value.asText();
    }

    private static boolean bool(Filter filter) throws BadRequestException {
        ValueNode value = filter.getComparisonValue();
        if (value == null || !value.isBoolean()) {
            throw BadRequestException.invalidFilter(filter.getAttributePath() + " compares with true or false");
        }
        return value.asBoolean();
    }

    /** An id that is no UUID matches nobody, as an id nobody has would. */
    private static UUID uuidOrNone(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static boolean isId(Path path) {
        return path.getSchemaUrn() == null && key(path).equals("id");
    }

    private static String key(Path path) {
        List<String> attributes = new ArrayList<>();
        path.forEach(element -> attributes.add(element.getAttribute()));
        String urn = path.getSchemaUrn();
        String prefix = urn == null || urn.equalsIgnoreCase(ScimSchemas.CORE_USER) ? "" : urn + ":";
        return (prefix + String.join(".", attributes)).toLowerCase(Locale.ROOT);
    }

    private static String key(String urn, String attribute) {
        return (urn + ":" + attribute).toLowerCase(Locale.ROOT);
    }

    private static BadRequestException unsupported(String operator) {
        return BadRequestException.invalidFilter("The operator " + operator + " is not supported; use eq, ne, co, sw,"
                + " ew or pr");
    }
}
