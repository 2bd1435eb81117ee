package com.careerplatform.comp.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The comp service's append-only audit log; pay data, so comp-admin only ({@code career.audit.reader-role}). */
@Path("/api/v1/audit-log/comp")
@Tag(name = "Audit log", description = "Every write and every comp-record read of the comp service")
public class AuditLogResource extends com.careerplatform.kit.audit.AuditLogResource {
}
