package com.careerplatform.comp.transparency;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.EmployeeIds;
import com.careerplatform.kit.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pay transparency: a worker asks for pay information; comp-admin answers and reads the indicators. */
@Path("/api/v1/pay-transparency")
@Tag(name = "Pay transparency", description = "EU 2023/970: information requests (Art. 7) and indicators (Art. 9)")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    private final TransparencyService transparency;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final Clock clock;

    TransparencyResource(TransparencyService transparency, SecurityIdentity identity, Clock clock, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.transparency = transparency;
        this.identity = identity;
        this.clock = clock;
    }

    /** comp-admin may file a request received on paper for someone; workers file their own. */
    public record NewRequest(
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be an employee id such as E1001")
            String employeeId) {
    }

    /** A request; the employee id is bounded as the {@code pay_information_request} column. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(UUID id, @Schema(maxLength = 64) String employeeId, OffsetDateTime requestedAt,
            LocalDate dueDate, boolean overdue,
            @Schema(enumeration = {TransparencyService.OPEN, TransparencyService.ANSWERED}) String status,
            InformationAnswer answer, OffsetDateTime answeredAt) {
    }

    @POST
    @Path("/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Ask for one's pay level and the average pay by sex of one's category (answer due in two months)")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "one's own", value = "{}"),
        @ExampleObject(name = "for an employee (comp-admin)", value = "{\"employeeId\": \"E1001\"}")}))
    @APIResponse(responseCode = "201", description = "Recorded with its due date", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "No body (send {} for one's own), a bad employee id, or no employee id in the caller's token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role, or files for someone else without comp-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response request(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid NewRequest body, UriInfo uri) {
        String own = EmployeeIds.of(identity).orElse(null);
        String employeeId = body.employeeId() == null ? own : body.employeeId();
        if (employeeId == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Your token carries no employee_id; name the employeeId");
        }
        if (!employeeId.equals(own) && !identity.hasRole(Roles.COMP_ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Workers request information about their own pay only");
        }
        return idempotency.execute(idempotencyKey, body, () -> {
            InformationRequest created = transparency.request(employeeId, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build(), view(created));
        });
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Information requests, open ones first by due date: one's own (every one for comp-admin)")
    @APIResponse(responseCode = "200", description = "One page of requests, each with its due date and whether it is overdue;"
            + " totalItems counts only those the caller may see")
    @APIResponse(responseCode = "400", description = "Bad paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<RequestView> list(@Valid @BeanParam PageParams page) {
        if (identity.hasRole(Roles.COMP_ADMIN)) {
            return transparency.list(null, page, this::view);
        }
        return EmployeeIds.of(identity).map(own -> transparency.list(own, page, this::view))
                .orElseGet(() -> PageView.of(List.of(), page, 0));
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read a request and, once given, its answer (the requester or comp-admin)")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView find(@PathParam("id") UUID id) {
        InformationRequest request = transparency.find(id);
        if (!identity.hasRole(Roles.COMP_ADMIN) && !EmployeeIds.of(identity).filter(request.employeeId::equals).isPresent()) {
            throw ProblemException.notFound("No pay information request " + id);
        }
        return view(request);
    }

    @POST
    @Path("/requests/{id}/answer")
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Answer a request from the comp records in force today (comp-admin)")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Answered already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The worker has no comp record in force", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView answer(@PathParam("id") UUID id) {
        return view(transparency.answer(id, identity.getPrincipal().getName()));
    }

    @GET
    @Path("/indicators")
    @RolesAllowed({Roles.COMP_ADMIN, Roles.HR_ADMIN})
    @Operation(summary = "The Art. 9 indicators for one currency on a date (default today), small groups suppressed")
    @APIResponse(responseCode = "200", description = "Gaps, shares receiving variable pay, quartiles, gap per level",
            content = @Content(schema = @Schema(implementation = Indicators.class)))
    @APIResponse(responseCode = "400", description = "currency missing or malformed, or asOf not a date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither comp-admin nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Indicators indicators(
            @QueryParam("currency") @NotNull @Size(max = 3)
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
            @QueryParam("asOf") LocalDate asOf) {
        return transparency.indicators(currency, asOf != null ? asOf : LocalDate.now(clock));
    }

    private RequestView view(InformationRequest request) {
        boolean overdue = TransparencyService.OPEN.equals(request.status) && LocalDate.now(clock).isAfter(request.dueDate);
        return new RequestView(request.id, request.employeeId, request.requestedAt, request.dueDate, overdue,
                request.status, request.answer, request.answeredAt);
    }
}
