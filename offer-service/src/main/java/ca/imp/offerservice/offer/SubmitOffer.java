package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.EventJson;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.Transaction;
import ca.imp.offerservice.idempotency.IdempotencyKeys;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.privacy.PersonalDataVault;
import ca.imp.offerservice.reference.ExemptionCodes;
import ca.imp.offerservice.reference.FeeSchedule;

/**
 * An employer, or a representative acting for it, submits an offer of employment: it gets a new
 * number and the fee in force today, and its personal data goes to the vault in the same
 * transaction. With an Idempotency-Key, a retried submission returns the offer the first one
 * created instead of creating another.
 */
@Singleton
public class SubmitOffer {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** @param replayed whether an earlier submission with the same Idempotency-Key created the offer */
    public record Submitted(SeenOffer offer, boolean replayed) {
    }

    private final Offers offers;
    private final SeenOffers seen;
    private final PersonalDataVault vault;
    private final IdempotencyKeys idempotencyKeys;
    private final ExemptionCodes exemptionCodes;
    private final FeeSchedule fees;
    private final Today today;

    SubmitOffer(Offers offers, SeenOffers seen, PersonalDataVault vault, IdempotencyKeys idempotencyKeys,
                ExemptionCodes exemptionCodes, FeeSchedule fees, Today today) {
        this.offers = offers;
        this.seen = seen;
        this.vault = vault;
        this.idempotencyKeys = idempotencyKeys;
        this.exemptionCodes = exemptionCodes;
        this.fees = fees;
        this.today = today;
    }

    /** @param idempotencyKey the client's key for this submission, or null for none */
    public Uni<Submitted> submit(Caller caller, OfferDraft draft, String idempotencyKey) {
        if (idempotencyKey == null) {
            return record(caller, draft, null, (tx, number) -> Uni.createFrom().voidItem())
                    .map(offer -> new Submitted(offer, false));
        }
        String employer = draft.employer().businessNumber();
        requireActingFor(caller, employer);
        String fingerprint = fingerprint(draft);
        return idempotencyKeys.find(employer, idempotencyKey).chain(claimed -> claimed.isPresent()
                ? replay(caller, claimed.get(), fingerprint)
                : record(caller, draft, null, (tx, number) -> idempotencyKeys.claim(tx, employer, idempotencyKey, fingerprint, number))
                        .map(offer -> new Submitted(offer, false))
                        .onFailure(IdempotencyKeys.KeyTaken.class).recoverWithUni(() -> idempotencyKeys.find(employer, idempotencyKey)
                                .chain(raced -> replay(caller, raced.orElseThrow(), fingerprint))));
    }

    /** The offer an earlier submission with the same key created, if the body is the same too. */
    private Uni<Submitted> replay(Caller caller, IdempotencyKeys.Claim claim, String fingerprint) {
        if (!claim.fingerprint().equals(fingerprint)) {
            return Uni.createFrom().failure(new DomainRejection(new OfferError.IdempotencyKeyReused(claim.offerNumber())));
        }
        return offers.get(claim.offerNumber(), caller::actsFor)
                .chain(offer -> seen.by(caller, offer))
                .map(offer -> new Submitted(offer, true));
    }

    /**
     * Records a new offer, or one that resubmits {@code replaces}, under a freshly drawn number with
     * the fee in force today, keeping its personal data in the same transaction; {@code alsoRecord}
     * adds to that transaction. The caller must act for the employer the draft names.
     */
    Uni<SeenOffer> record(Caller caller, OfferDraft draft, String replaces, BiFunction<Transaction, String, Uni<Void>> alsoRecord) {
        requireActingFor(caller, draft.employer().businessNumber());
        var code = codeInForce(draft);
        requireCountry("worker.countryOfCitizenship", draft.worker().countryOfCitizenship());
        requireCountry("worker.countryOfResidence", draft.worker().countryOfResidence());
        var fee = fees.inForceOn(today.date());
        Function<String, OfferCommand.SubmitOffer> submission = number -> new OfferCommand.SubmitOffer(number, draft.terms(),
                code.feeExempt() ? BigDecimal.ZERO : fee.amount(), fee.currency(), code.feeExempt(), replaces);
        var metadata = EventMetadata.byActor(caller.actor());
        var personalData = draft.personalData();
        BiFunction<Transaction, String, Uni<Void>> keepAll = (tx, number) -> vault.keep(tx, number, personalData)
                .chain(() -> alsoRecord.apply(tx, number));
        // the submitter's own data, as just given: showing it back reads nothing from the vault
        return (replaces == null ? offers.submit(submission, metadata, keepAll) : offers.resubmit(replaces, submission, metadata, keepAll))
                .map(offer -> new SeenOffer(offer, Optional.of(new PersonalDataRead.Kept(personalData))));
    }

    /** Submitting for an employer one does not act for is refused outright: the caller named that employer itself. */
    private static void requireActingFor(Caller caller, String businessNumber) {
        if (!caller.actsFor(businessNumber)) {
            throw new DomainRejection(new OfferError.NotActingForEmployer(businessNumber));
        }
    }

    private ExemptionCodes.ExemptionCode codeInForce(OfferDraft draft) {
        return exemptionCodes.inForce(draft.exemptionCode(), draft.job().startDate())
                .orElseThrow(() -> new DomainRejection(new OfferError.UnknownExemptionCode(draft.exemptionCode(),
                        draft.job().startDate())));
    }

    private static void requireCountry(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw new DomainRejection(new OfferError.UnknownCountry(field, code));
        }
    }

    private static String fingerprint(OfferDraft draft) {
        try {
            byte[] body = EventJson.mapper().writeValueAsBytes(draft);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
