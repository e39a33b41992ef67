package ca.imp.offerservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.contract.range.PlainText;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.erasure.EraseWorkerData;
import ca.imp.offerservice.privacy.ListPersonalDataReads;
import ca.imp.offerservice.privacy.PersonalDataVault;

/**
 * Personal data on offers: its erasure, for the employer; who read it, for operators. Shares the
 * {@code /offers} root with {@link OfferResource}; the read log is a root of its own.
 */
@Path("/offers")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {
    private final EraseWorkerData eraseWorkerData;
    private final CurrentCaller caller;

    PersonalDataResource(EraseWorkerData eraseWorkerData, CurrentCaller caller) {
        this.eraseWorkerData = eraseWorkerData;
        this.caller = caller;
    }

    @DELETE
    @Path("/{offerNumber}/worker")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @APIResponse(responseCode = "200", description = "The erasure: when and by whom (the first one, when erased already).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalDataVault.Erasure.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "record-retention-running: the employer must still keep the records; the problem says until when.")
    @Operation(operationId = "eraseWorkerData", summary = "Erase the personal data on an offer (the worker's, and the employer contact's)",
            description = "Destroys the record's encryption key: the data can never be read again, while the offer's events,"
                    + " fee and deadlines stay. Refused (409 record-retention-running) while the employer must keep the"
                    + " records, 6 years after the decision or, for an approval, after the first day of employment (IRPR"
                    + " 209.2(1)(b)), unless no application ever used the offer. Erasing again answers the first erasure."
                    + " Records are erased automatically when their retention ends.")
    public Uni<PersonalDataVault.Erasure> eraseWorker(
            @PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
            String offerNumber) {
        return eraseWorkerData.erase(offerNumber, caller.get());
    }

    @Path("/ops/personal-data-reads")
    @Tag(name = "Personal data")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ReadLog {
        private final ListPersonalDataReads listReads;
        private final CurrentCaller caller;

        ReadLog(ListPersonalDataReads listReads, CurrentCaller caller) {
            this.listReads = listReads;
            this.caller = caller;
        }

        @GET
        @RolesAllowed(Role.OPS_NAME)
        @Operation(operationId = "listPersonalDataReads", summary = "Who read personal data, newest first", description = "Each read that returned an offer's"
                + " personal data: which offer, who (role:subject), in which role and when. The data itself is never listed.")
        public Uni<Page<ListPersonalDataReads.LoggedRead>> reads(
                @QueryParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                String offerNumber,
                @QueryParam("reader") @Size(max = 300, message = "must be at most 300 characters") @PlainText String reader,
                @Valid @BeanParam PageParameters paging) {
            caller.get();
            return listReads.list(offerNumber, reader, paging.page(), paging.size());
        }
    }
}
