package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An offer of employment as an employer portal submits it. */
public record SubmitOfferRequest(
        @NotNull(message = "is required") @Valid Employer employer,
        @NotNull(message = "is required") @Valid Job job,
        @NotBlank(message = "is required") @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T23")
        String exemptionCode) {

    public record Employer(
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{9}$", message = "must be the 9-digit CRA business number")
            String businessNumber,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String legalName) {
    }

    public record Job(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String title,
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{5}$", message = "must be a 5-digit NOC 2021 code")
            String nocCode,
            @NotNull(message = "is required")
            LocalDate startDate) {
    }
}
