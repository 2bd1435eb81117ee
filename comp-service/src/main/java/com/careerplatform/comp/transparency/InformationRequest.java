package com.careerplatform.comp.transparency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A worker's Art. 7 request for their pay level and the average pay by sex of their category. */
@Entity
@Table(name = "pay_information_request")
public class InformationRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public InformationAnswer answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
}
