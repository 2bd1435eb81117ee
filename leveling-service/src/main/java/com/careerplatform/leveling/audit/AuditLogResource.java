package com.careerplatform.leveling.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The leveling service's append-only audit log, for hr-admin ({@code career.audit.reader-role}). */
@Path("/api/v1/audit-log/leveling")
@Tag(name = "Audit log", description = "Every write of the leveling service: who, when, what, before and after")
public class AuditLogResource extends com.careerplatform.kit.audit.AuditLogResource {
}
