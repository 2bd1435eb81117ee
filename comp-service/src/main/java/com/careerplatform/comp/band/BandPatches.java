package com.careerplatform.comp.band;

import com.careerplatform.kit.problem.FieldMessages;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;

/**
 * Applies a {@link BandChange} to a band's latest version as RFC 7396 has it, and checks the result as a
 * whole version: every problem is a field error naming what the client sent.
 */
@ApplicationScoped
class BandPatches {

    private final ObjectMapper mapper;
    private final Validator validator;

    BandPatches(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The version {@code patch} makes of {@code latest}. */
    BandChangeRequest apply(CompBand latest, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.VALIDATION, "A band change is a JSON object (a merge patch of the band)");
        }
        BandChange change = read(patch, BandChange.class);
        if (change.effectiveFrom() == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Field 'effectiveFrom' must not be null",
                    List.of(new FieldError("effectiveFrom", "must not be null")));
        }
        BandChangeRequest merged = read(merge(mapper.valueToTree(current(latest)), patch), BandChangeRequest.class);
        List<FieldError> errors = validator.validate(merged).stream()
                .map(violation -> new FieldError(FieldMessages.reported(violation, violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) rejected", errors);
        }
        return merged;
    }

    private static BandChangeRequest current(CompBand latest) {
        return new BandChangeRequest(null, latest.totalCompMin, latest.totalCompMax, latest.openEnded, latest.equityNote,
                latest.visibility, latest.guidance, latest.sourceLabel, latest.source);
    }

    /** RFC 7396 section 2: members of the patch replace the target's, null members remove them, objects merge. */
    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode merged = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(member -> {
            if (member.getValue().isNull()) {
                merged.remove(member.getKey());
            } else {
                merged.set(member.getKey(), merge(merged.get(member.getKey()), member.getValue()));
            }
        });
        return merged;
    }

    private <T> T read(JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (UnrecognizedPropertyException e) {
            String field = FieldMessages.path(e);
            throw new ProblemException(ProblemType.VALIDATION, "Unknown field '" + field + "'", List.of(new FieldError(field,
                    "unknown field; a change keeps the band's level, market, segment and currency; known fields: "
                            + e.getKnownPropertyIds())));
        } catch (JsonMappingException e) {
            String field = FieldMessages.path(e);
            String message = FieldMessages.unreadable(e);
            throw new ProblemException(ProblemType.VALIDATION, "Field '" + field + "' " + message,
                    List.of(new FieldError(field, message)));
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The band change cannot be read");
        }
    }
}
