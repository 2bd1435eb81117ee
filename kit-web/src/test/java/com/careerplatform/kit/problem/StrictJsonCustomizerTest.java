package com.careerplatform.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonCustomizerTest {

    enum Outcome { PROMOTED, NOT_YET }

    record Request(String narrative, LocalDate happenedOn, Outcome outcome, Integer count, List<String> axes) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    private Request read(String json) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), Request.class);
    }

    @Test
    void readsWhatIsWellTyped() throws Exception {
        Request request = read("{'narrative': 'Led RFC-42.', 'happenedOn': '2026-03-02', 'outcome': 'NOT_YET', 'count': 3,"
                + " 'axes': ['SYSTEM_DESIGN']}");
        assertEquals(LocalDate.of(2026, 3, 2), request.happenedOn());
        assertEquals(Outcome.NOT_YET, request.outcome());
    }

    @Test
    void refusesANumberOrABooleanWhereTextBelongs() {
        assertThrows(MismatchedInputException.class, () -> read("{'narrative': 5}"));
        assertThrows(MismatchedInputException.class, () -> read("{'narrative': 5.5}"));
        assertThrows(MismatchedInputException.class, () -> read("{'axes': [true]}"));
    }

    @Test
    void refusesANumberForADateOrAnEnum() {
        assertThrows(MismatchedInputException.class, () -> read("{'happenedOn': 20260302}"));
        assertThrows(MismatchedInputException.class, () -> read("{'outcome': 0}"));
    }

    @Test
    void refusesDatesThatAreNotTenCharacterIsoDates() {
        assertThrows(InvalidFormatException.class, () -> read("{'happenedOn': '+10000-01-01'}"));
        assertThrows(InvalidFormatException.class, () -> read("{'happenedOn': '2026-02-30'}"));
        assertThrows(InvalidFormatException.class, () -> read("{'happenedOn': '2026-3-2'}"));
        assertThrows(MismatchedInputException.class, () -> read("{'happenedOn': ['2026-03-02']}"));
    }

    @Test
    void refusesAFloatForAnIntegerAndUnknownFields() {
        assertThrows(MismatchedInputException.class, () -> read("{'count': 1.5}"));
        assertThrows(UnrecognizedPropertyException.class, () -> read("{'status': 'PROMOTED'}"));
    }

    @Test
    void refusesTextWithTheNulCharacterNamingTheField() {
        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> read("{'axes': ['SYSTEM\\u0000DESIGN']}"));
        assertEquals("axes", refused.getPath().get(0).getFieldName());
        assertEquals(String.class, refused.getTargetType());
    }

    record Pay(BigDecimal base, String note) {
    }

    @Test
    void decimalsAreDecimalStringsBothWays() throws Exception {
        Pay pay = mapper.readValue("{\"base\": \"1500.50\"}", Pay.class);
        assertEquals(new BigDecimal("1500.50"), pay.base());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"base\": 1500.5}", Pay.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"base\": \"1e300\"}", Pay.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"base\": \"12,50\"}", Pay.class));
        assertEquals("{\"base\":\"100\"}", mapper.writeValueAsString(new Pay(new BigDecimal("1E+2"), null)),
                "plain, never exponent notation, and no field whose value is null");
    }
}
