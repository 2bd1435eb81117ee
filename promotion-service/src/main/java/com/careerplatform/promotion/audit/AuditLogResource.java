package com.careerplatform.promotion.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The promotion service's append-only audit log, for hr-admin ({@code career.audit.reader-role}). */
@Path("/api/v1/audit-log/promotion")
@Tag(name = "Audit log", description = "Every write of the promotion service: who, when, what, before and after")
public class AuditLogResource extends com.careerplatform.kit.audit.AuditLogResource {
}
