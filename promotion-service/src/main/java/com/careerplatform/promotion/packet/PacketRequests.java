package com.careerplatform.promotion.packet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** What employees, managers and HR send about packets. */
public final class PacketRequests {

    static final String EMPLOYEE_ID = "[A-Za-z0-9_-]{1,64}";
    static final String EMPLOYEE_ID_MESSAGE = "must be an employee id such as E1001";
    static final String LEVEL = "L[0-9]{1,2}";
    static final String LEVEL_MESSAGE = "must be a level code such as L5";

    private PacketRequests() {
    }

    /**
     * A new packet; {@code employeeId} only when hr-admin files it for someone, else the caller's own. The
     * current level and the manager are the people record's: a body naming them is refused as unknown fields.
     */
    public record CreatePacketRequest(
            @NotNull UUID cycleId,
            @Size(max = 64) @Pattern(regexp = EMPLOYEE_ID, message = EMPLOYEE_ID_MESSAGE) String employeeId,
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String targetLevel,
            Archetype archetype,
            @NotBlank @Size(max = 20000) String narrative,
            @Size(max = 20) Map<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an axis code such as SYSTEM_DESIGN") String,
                    @NotBlank @Size(max = 4000) String> selfAssessment) {
    }

    /** A DRAFT packet's new content (If-Match required); the current level is the people record's. */
    public record EditPacketRequest(
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String targetLevel,
            Archetype archetype,
            @NotBlank @Size(max = 20000) String narrative,
            @Size(max = 20) Map<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an axis code such as SYSTEM_DESIGN") String,
                    @NotBlank @Size(max = 4000) String> selfAssessment) {
    }
}
