package com.careerplatform.comp.transparency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String employeeId;

    public String requestedBy;

    public OffsetDateTime requestedAt;

    public LocalDate dueDate;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public InformationAnswer answer;

    public String answeredBy;

    public OffsetDateTime answeredAt;
}
