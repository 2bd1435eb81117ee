package com.careerplatform.kit.security;

import java.util.Set;

/** The realm roles of the spec, and the synthetic role every holder of one of them gets. */
public final class Roles {

    public static final String EMPLOYEE = "employee";
    public static final String MANAGER = "manager";
    public static final String HIRING_COMMITTEE = "hiring-committee";
    public static final String PROMOTION_COMMITTEE = "promotion-committee";
    public static final String HR_ADMIN = "hr-admin";
    public static final String COMP_ADMIN = "comp-admin";
    public static final String PORTAL_READER = "portal-reader";

    /**
     * The platform's own services acting on events (their relays' service accounts): they carry facts one
     * service learnt to the service that owns them, such as a decided promotion to the people record. No
     * person holds it, and it is not one of {@link #PLATFORM_ROLES}.
     */
    public static final String PLATFORM_SERVICE = "platform-service";

    /**
     * Granted by {@link PlatformMemberAugmentor} to anyone holding one of the platform roles: "any
     * authenticated user" of the spec means a member of the platform, not any account of the realm.
     */
    public static final String MEMBER = "platform-member";

    public static final Set<String> PLATFORM_ROLES = Set.of(
            EMPLOYEE, MANAGER, HIRING_COMMITTEE, PROMOTION_COMMITTEE, HR_ADMIN, COMP_ADMIN, PORTAL_READER);

    private Roles() {
    }
}
