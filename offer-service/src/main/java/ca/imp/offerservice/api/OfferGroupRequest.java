package ca.imp.offerservice.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /offer-groups}: offers an employer makes at the same time, to pay a capped fee for them in all. */
@Schema(name = "OfferGroupRequest")
public record OfferGroupRequest(
        @Schema(description = "The kind of group, which names its fee cap: PERFORMING_ARTISTS (IRCC fee list: three or more"
                + " offers to performing artists and their staff, made at the same time, pay at most $690 in all).",
                example = "PERFORMING_ARTISTS")
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z][A-Z_]{0,59}$", message = "must be a kind of group such as PERFORMING_ARTISTS")
        String kind,
        @Schema(description = "The employer attests that the workers are performing artists and their staff, which the cap is for.",
                example = "true")
        @NotNull(message = "is required")
        @AssertTrue(message = "must be true: the cap is only for offers to performing artists and their staff")
        Boolean performingArtistsAndStaff,
        @Schema(description = "The offers, each as the body of submitOffer, all for the same employer and none claiming a fee"
                + " exemption; at least as many as the cap asks for (3), at most " + OfferGroupRequest.MOST_OFFERS + ".")
        @NotNull(message = "is required")
        @Size(max = OfferGroupRequest.MOST_OFFERS, message = "must hold at most " + OfferGroupRequest.MOST_OFFERS + " offers")
        List<@NotNull(message = "is required") @Valid OfferRequest> offers) {

    /** A troupe with its staff, well beyond any touring company; a bound on the size of one transaction, not policy. */
    static final int MOST_OFFERS = 50;
}
