package ca.imp.offerservice.offer;

import java.util.Optional;

/**
 * How a new offer follows an earlier one of the same hire: a resubmission tries again after the earlier one ended, an
 * extension keeps the worker of an approved one on. Both offers link to each other: the new one's submission names the
 * earlier one, and the earlier one records the link in the transaction that submits the new one.
 */
public sealed interface Succession {

    /** The earlier offer. */
    String offerNumber();

    /** What the earlier offer is asked, to link it to the new one (and to refuse the new one if it cannot follow). */
    OfferCommand link(String successor);

    /** The rule the new offer breaks if it names another employer than the earlier one. */
    OfferError anotherEmployer(String businessNumber);

    record Resubmission(String offerNumber) implements Succession {
        @Override
        public OfferCommand link(String successor) {
            return new OfferCommand.RecordResubmission(offerNumber, successor);
        }

        @Override
        public OfferError anotherEmployer(String businessNumber) {
            return new OfferError.ResubmittedForAnotherEmployer(offerNumber, businessNumber);
        }
    }

    /** @param latest the approved offer's latest extension as it stands, if it has one */
    record Extension(String offerNumber, Optional<OfferCommand.PriorExtension> latest) implements Succession {
        @Override
        public OfferCommand link(String successor) {
            return new OfferCommand.RecordExtension(offerNumber, successor, latest);
        }

        @Override
        public OfferError anotherEmployer(String businessNumber) {
            return new OfferError.ExtendedForAnotherEmployer(offerNumber, businessNumber);
        }
    }
}
