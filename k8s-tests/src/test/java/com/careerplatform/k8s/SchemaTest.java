package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaTest {

    static Stream<Arguments> everyObject() {
        return Overlay.both().stream().flatMap(overlay -> overlay.objects().stream()
                .map(object -> Arguments.of(overlay, Overlay.describe(object), object)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyObject")
    void matchesTheSchemaOfItsKind(Overlay overlay, String object, ObjectNode json) {
        assertEquals(List.of(), Schemas.errors(json), object + " in " + overlay);
    }

    /** A kind the validators did not know would pass anything: each must refuse a field its schema lacks. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyObject")
    void isCheckedAgainstASchemaThatKnowsItsKind(Overlay overlay, String object, ObjectNode json) {
        ObjectNode misspelt = json.deepCopy();
        misspelt.put("specification", "a field no kind has");
        assertFalse(Schemas.errors(misspelt).isEmpty(), object + " with an unknown field passed its schema");
    }
}
