package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.privacy.PersonalDataVault;
import ca.imp.offerservice.reference.ExemptionCodes;
import ca.imp.offerservice.reference.FeeExemptionPrograms;
import ca.imp.offerservice.reference.FeeSchedule;

/**
 * An employer, or a representative acting for it, submits an offer of employment: it gets a new
 * number and the fee in force today, unless the employer claims a fee-exempt program in force today,
 * and its personal data goes to the vault in the same transaction.
 */
@Singleton
public class SubmitOffer {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Offers offers;
    private final PersonalDataVault vault;
    private final ExemptionCodes exemptionCodes;
    private final FeeExemptionPrograms programs;
    private final FeeSchedule fees;
    private final Today today;

    SubmitOffer(Offers offers, PersonalDataVault vault, ExemptionCodes exemptionCodes, FeeExemptionPrograms programs,
                FeeSchedule fees, Today today) {
        this.offers = offers;
        this.vault = vault;
        this.exemptionCodes = exemptionCodes;
        this.programs = programs;
        this.fees = fees;
        this.today = today;
    }

    /** @param alsoRecord what else the submitting transaction records, given the new number (e.g. the request's Idempotency-Key) */
    public Uni<SeenOffer> submit(Caller caller, OfferDraft draft, AlsoRecord alsoRecord) {
        return record(caller, draft, null, alsoRecord);
    }

    /**
     * Records a new offer, or one that follows an earlier one ({@code succession}), under a freshly drawn number with
     * the fee in force today, keeping its personal data in the same transaction; {@code alsoRecord}
     * adds to that transaction. The caller must act for the employer the draft names.
     */
    Uni<SeenOffer> record(Caller caller, OfferDraft draft, Succession succession, AlsoRecord alsoRecord) {
        var fee = fees.inForceOn(today.date());
        var submission = submission(caller, draft, succession, fee.amount(), fee.currency(), null);
        var metadata = EventMetadata.byActor(caller.actor());
        AlsoRecord keepAll = keepPersonalData(draft).andThen(alsoRecord);
        return (succession == null ? offers.submit(submission, metadata, keepAll) : offers.follow(succession, submission, metadata, keepAll))
                .map(offer -> asSubmitted(offer, draft));
    }

    /** The offer as its submitter sees it: with its own data, as just given, so showing it back reads nothing from the vault. */
    public static SeenOffer asSubmitted(Offer offer, OfferDraft draft) {
        return new SeenOffer(offer, Optional.of(new PersonalDataRead.Kept(draft.personalData())));
    }

    /**
     * Checks what the draft names against today's reference data and gives the command that submits it under a number
     * yet to be drawn, owing {@code fee} unless it claims a fee-exempt program.
     *
     * @param succession how the offer follows an earlier one, or null for a first offer
     * @param group the group of offers submitted together whose capped fee {@code fee} is a share of, or null
     */
    public Function<String, OfferCommand.SubmitOffer> submission(Caller caller, OfferDraft draft, Succession succession,
                                                                 BigDecimal fee, String currency, String group) {
        requireActingFor(caller, draft.employer().businessNumber());
        requireCountry("worker.countryOfCitizenship", draft.worker().countryOfCitizenship());
        requireCountry("worker.countryOfResidence", draft.worker().countryOfResidence());
        var submittedOn = today.date();
        var code = standing(draft.exemptionCode(), submittedOn);
        var exemption = Optional.ofNullable(draft.feeExemption()).map(this::programInForce);
        String replaces = succession instanceof Succession.Resubmission ? succession.offerNumber() : null;
        String extendsOffer = succession instanceof Succession.Extension ? succession.offerNumber() : null;
        return number -> new OfferCommand.SubmitOffer(number, draft.terms(), fee, currency, exemption, replaces, submittedOn, code,
                group, extendsOffer);
    }

    /** Keeps the draft's personal data in the vault under the drawn number, in the submitting transaction. */
    public AlsoRecord keepPersonalData(OfferDraft draft) {
        var personalData = draft.personalData();
        return (tx, number) -> vault.keep(tx, number, personalData);
    }

    /** Submitting for an employer one does not act for is refused outright: the caller named that employer itself. */
    private static void requireActingFor(Caller caller, String businessNumber) {
        if (!caller.actsFor(businessNumber)) {
            throw new DomainRejection(new OfferError.NotActingForEmployer(businessNumber));
        }
    }

    private ExemptionCodeStanding standing(String code, LocalDate on) {
        if (exemptionCodes.inForce(code, on).isPresent()) {
            return new ExemptionCodeStanding.InForce();
        }
        return exemptionCodes.lastEntry(code)
                .<ExemptionCodeStanding>map(entry -> new ExemptionCodeStanding.NotInForce(entry.effectiveFrom(), entry.effectiveTo(),
                        entry.replacedBy()))
                .orElseGet(ExemptionCodeStanding.Unknown::new);
    }

    /**
     * The claimed program as in force on the day of the submission, with what it asks of the work. A kind of employer
     * outside the regime named as the program is refused as such: it makes no offer at all.
     */
    private OfferCommand.Exemption programInForce(FeeExemptionClaim claim) {
        LocalDate on = today.date();
        programs.outsideRegime(claim.program(), on).ifPresent(kind -> {
            throw new DomainRejection(new OfferError.OutsideEmployerRegime(kind.id(), kind.label(), kind.regulation()));
        });
        var program = programs.inForce(claim.program(), on)
                .orElseThrow(() -> new DomainRejection(new OfferError.UnknownFeeExemptionProgram(claim.program(), on)));
        return new OfferCommand.Exemption(claim, Optional.ofNullable(program.condition()));
    }

    private static void requireCountry(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw new DomainRejection(new OfferError.UnknownCountry(field, code));
        }
    }
}
