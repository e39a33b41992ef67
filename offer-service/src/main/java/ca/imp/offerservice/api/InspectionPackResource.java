package ca.imp.offerservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.offerservice.pack.PrepareInspectionPack;

/** The PDF an employer hands an inspector. Shares the {@code /offers} root with {@link OfferResource}. */
@Path("/offers")
@Tag(name = "Offers")
public class InspectionPackResource {
    static final String APPLICATION_PDF = "application/pdf";

    private final PrepareInspectionPack prepareInspectionPack;
    private final CurrentCaller caller;

    InspectionPackResource(PrepareInspectionPack prepareInspectionPack, CurrentCaller caller) {
        this.prepareInspectionPack = prepareInspectionPack;
        this.caller = caller;
    }

    @GET
    @Path("/{offerNumber}/inspection-pack")
    @Produces(APPLICATION_PDF)
    @APIResponse(responseCode = "200", description = "The inspection pack, as a PDF to save or print.",
            content = @Content(mediaType = APPLICATION_PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "A PDF document")),
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file name inspection-pack-<offerNumber>.pdf",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @Operation(operationId = "getInspectionPack", summary = "The offer's record as a PDF to hand an inspector",
            description = "A title page (employer, offer number, status), then the offer as submitted (with the worker and"
                    + " the employer's contact, as getOffer shows them to the employer, and the read is logged like theirs),"
                    + " its fee, exemption and refunds, the decision, the obligations with their status and evidence"
                    + " references (as getOfferCompliance shows them), the changes to the employment (each from and to, with its"
                    + " documents), its deadlines met and those open or elapsed (kind, due date, met on, basis, as"
                    + " deadline-service published them), the inspections whose notice names it, and every event of its"
                    + " history with its time and actor. Employers"
                    + " keep this record 6 years (IRPR 209.2(1)(b)). Characters the PDF's font cannot show are printed as ?.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> inspectionPack(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                        String offerNumber) {
        return prepareInspectionPack.prepare(caller.get(), offerNumber).map(pack -> Response.ok(pack.pdf(), APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pack.fileName() + "\"")
                // it holds the worker's personal data: no shared cache may keep it
                .header("Cache-Control", "private, no-store")
                .build());
    }
}
