package ca.imp.offerservice.offer;

import java.util.Optional;

import ca.imp.offerservice.privacy.PersonalDataRead;

/**
 * An offer as one caller may see it.
 *
 * @param personalData what the vault holds for it (kept, erased or none), for a caller who acts for its employer;
 *                     empty for everyone else, for whom the vault is not even read
 */
public record SeenOffer(Offer offer, Optional<PersonalDataRead> personalData) {
}
