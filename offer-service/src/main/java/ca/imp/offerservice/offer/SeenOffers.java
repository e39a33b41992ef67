package ca.imp.offerservice.offer;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.offerservice.privacy.PersonalDataVault;

/**
 * Shows an offer to a caller. Only a caller who acts for the offer's employer sees the personal
 * data it names; only for such a caller is the vault read, so every read it records was shown to
 * someone allowed to see it.
 */
@Singleton
public class SeenOffers {
    private final PersonalDataVault vault;

    SeenOffers(PersonalDataVault vault) {
        this.vault = vault;
    }

    public Uni<SeenOffer> by(Caller caller, Offer offer) {
        if (!caller.seesPersonalDataOf(offer.terms().employer().businessNumber())) {
            return Uni.createFrom().item(new SeenOffer(offer, Optional.empty()));
        }
        return vault.read(offer.offerNumber(), caller).map(read -> new SeenOffer(offer, Optional.of(read)));
    }
}
