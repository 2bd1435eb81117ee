package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.framework.content.FrameworkContent.Axis;
import com.careerplatform.leveling.framework.content.FrameworkContent.Level;
import com.careerplatform.leveling.framework.content.Guide;
import com.careerplatform.leveling.framework.content.ItemKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed between two versions of a framework: per axis, per level (fields and bullets), per track,
 * per guide, and whether the interview loop changed.
 */
public record FrameworkDiff(
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int from,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int to,
        boolean identical, AxesDiff axes, LevelsDiff levels, CodesDiff tracks, boolean interviewLoopChanged,
        CodesDiff guides) {

    public record FieldChange(Object from, Object to) {
    }

    public record AxesDiff(
            @Schema(maxItems = 20) List<Axis> added,
            @Schema(maxItems = 20) List<Axis> removed,
            @Schema(maxItems = 20) List<AxisChange> changed) {
    }

    public record AxisChange(@Schema(maxLength = 64) String code, Map<String, FieldChange> fields) {
    }

    // @Schema cannot annotate a type argument; SmallRye takes the items' maxLength from @Size on it.
    public record LevelsDiff(
            @Schema(maxItems = 30) List<@Size(max = 10) String> added,
            @Schema(maxItems = 30) List<@Size(max = 10) String> removed,
            @Schema(maxItems = 30) List<LevelChange> changed) {
    }

    /** A level in both versions: its changed fields and the bullets added or removed (an edited bullet is both). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LevelChange(
            @Schema(maxLength = 10) String code,
            Map<String, FieldChange> fields,
            @Schema(maxItems = 300) List<ItemRef> itemsAdded,
            @Schema(maxItems = 300) List<ItemRef> itemsRemoved) {
    }

    public record ItemRef(ItemKind kind, @Schema(maxLength = 2000) String text) {
    }

    /** Parts named by a code (tracks, guides): added, removed, and changed in any field. */
    public record CodesDiff(
            @Schema(maxItems = 50) List<@Size(max = 64) String> added,
            @Schema(maxItems = 50) List<@Size(max = 64) String> removed,
            @Schema(maxItems = 50) List<@Size(max = 64) String> changed) {

        boolean none() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public static FrameworkDiff between(String framework, FrameworkVersion older, FrameworkVersion newer) {
        FrameworkContent a = older.content;
        FrameworkContent b = newer.content;
        AxesDiff axes = axes(a.axes(), b.axes());
        LevelsDiff levels = levels(a.levels(), b.levels());
        CodesDiff tracks = byCodes(a.tracks(), b.tracks(), FrameworkContent.Track::code);
        boolean loopChanged = !Objects.equals(a.interviewLoop(), b.interviewLoop());
        CodesDiff guides = byCodes(a.guides(), b.guides(), Guide::code);
        boolean identical = axes.added().isEmpty() && axes.removed().isEmpty() && axes.changed().isEmpty()
                && levels.added().isEmpty() && levels.removed().isEmpty() && levels.changed().isEmpty()
                && tracks.none()
                && !loopChanged && guides.none()
                && Objects.equals(a.name(), b.name()) && Objects.equals(a.description(), b.description());
        return new FrameworkDiff(framework, older.number, newer.number, identical, axes, levels, tracks, loopChanged,
                guides);
    }

    private static AxesDiff axes(List<Axis> from, List<Axis> to) {
        Map<String, Axis> before = byCode(from, Axis::code);
        Map<String, Axis> after = byCode(to, Axis::code);
        List<AxisChange> changed = new ArrayList<>();
        after.forEach((code, axis) -> {
            Axis old = before.get(code);
            if (old != null) {
                Map<String, FieldChange> fields = new LinkedHashMap<>();
                field(fields, "name", old.name(), axis.name());
                field(fields, "description", old.description(), axis.description());
                if (!fields.isEmpty()) {
                    changed.add(new AxisChange(code, fields));
                }
            }
        });
        return new AxesDiff(onlyIn(after, before), onlyIn(before, after), changed);
    }

    private static LevelsDiff levels(List<Level> from, List<Level> to) {
        Map<String, Level> before = byCode(from, Level::code);
        Map<String, Level> after = byCode(to, Level::code);
        List<LevelChange> changed = new ArrayList<>();
        after.forEach((code, level) -> {
            Level old = before.get(code);
            if (old == null) {
                return;
            }
            Map<String, FieldChange> fields = new LinkedHashMap<>();
            field(fields, "stage", old.stage(), level.stage());
            field(fields, "title", old.title(), level.title());
            field(fields, "yearsFrom", old.yearsFrom(), level.yearsFrom());
            field(fields, "yearsTo", old.yearsTo(), level.yearsTo());
            field(fields, "summary", old.summary(), level.summary());
            field(fields, "promotionBar", old.promotionBar(), level.promotionBar());
            List<ItemRef> oldItems = refs(old);
            List<ItemRef> newItems = refs(level);
            List<ItemRef> added = newItems.stream().filter(item -> !oldItems.contains(item)).toList();
            List<ItemRef> removed = oldItems.stream().filter(item -> !newItems.contains(item)).toList();
            if (!fields.isEmpty() || !added.isEmpty() || !removed.isEmpty()) {
                changed.add(new LevelChange(code, fields, added, removed));
            }
        });
        return new LevelsDiff(onlyIn(after, before).stream().map(Level::code).toList(),
                onlyIn(before, after).stream().map(Level::code).toList(), changed);
    }

    private static <T> CodesDiff byCodes(List<T> from, List<T> to, Function<T, String> code) {
        Map<String, T> before = byCode(from, code);
        Map<String, T> after = byCode(to, code);
        List<String> changed = after.entrySet().stream()
                .filter(entry -> before.containsKey(entry.getKey()) && !before.get(entry.getKey()).equals(entry.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        return new CodesDiff(onlyIn(after, before).stream().map(code).toList(),
                onlyIn(before, after).stream().map(code).toList(), changed);
    }

    private static List<ItemRef> refs(Level level) {
        return level.items().stream().map(item -> new ItemRef(item.kind(), item.text())).toList();
    }

    private static void field(Map<String, FieldChange> fields, String name, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            fields.put(name, new FieldChange(from, to));
        }
    }

    private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
        return values.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> List<T> onlyIn(Map<String, T> these, Map<String, T> others) {
        return these.entrySet().stream().filter(entry -> !others.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }
}
