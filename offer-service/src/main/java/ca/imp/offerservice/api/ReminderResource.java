package ca.imp.offerservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.reminders.ChooseReminderRecipients;
import ca.imp.offerservice.reminders.ListReminderMails;
import ca.imp.offerservice.reminders.ListReminderRecipients;
import ca.imp.offerservice.reminders.ReminderRecipients;

@Path("/employers/{businessNumber}")
@Tag(name = "Reminder mails", description = "Deadline reminders and elapses mailed to the employer's contacts and representatives")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {
    private static final String BUSINESS_NUMBER = "^\\d{9}$";
    private static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";

    private final CurrentCaller caller;
    private final ChooseReminderRecipients choose;
    private final ListReminderRecipients listRecipients;
    private final ListReminderMails listMails;

    ReminderResource(CurrentCaller caller, ChooseReminderRecipients choose, ListReminderRecipients listRecipients,
                     ListReminderMails listMails) {
        this.caller = caller;
        this.choose = choose;
        this.listRecipients = listRecipients;
        this.listMails = listMails;
    }

    @PUT
    @Path("/reminder-recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The list as it now stands.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "replaceReminderRecipients", summary = "Set who, beside each offer's employer contact, receives"
            + " the employer's deadline reminders by email (e.g. its representative); the list replaces the previous one")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<ReminderRecipients> replace(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @RequestBody(description = "Every address of the list.", required = true)
            @NotNull(message = "is required") @Valid ReminderRecipientsRequest request) {
        return choose.choose(caller.get(), businessNumber, request.emails());
    }

    @GET
    @Path("/reminder-recipients")
    @APIResponse(responseCode = "200", description = "The employer's reminder recipients.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "getReminderRecipients", summary = "Who, beside each offer's employer contact, receives the"
            + " employer's deadline reminders by email")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<ReminderRecipients> recipients(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber) {
        return listRecipients.list(caller.get(), businessNumber);
    }

    @GET
    @Path("/reminder-mails")
    @APIResponse(responseCode = "200", description = "A page of the employer's reminder mails, newest first.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "listReminderMails", summary = "The deadline reminders and elapses mailed for the employer, and"
            + " whether each went; recipients by role, never by address")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<Page<ListReminderMails.SentMail>> mails(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @Valid @BeanParam PageParameters paging) {
        return listMails.list(caller.get(), businessNumber, paging.page(), paging.size());
    }
}
