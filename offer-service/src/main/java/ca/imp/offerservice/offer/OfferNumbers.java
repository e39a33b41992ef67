package ca.imp.offerservice.offer;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import ca.imp.contract.offer.OfferNumberFormat;

/**
 * Draws offer numbers: the letter A and 7 digits. Drawn at random rather than counted, so that a
 * number reveals nothing about how many offers exist; uniqueness comes from the event store,
 * where a second stream with the same number cannot be created.
 */
@Singleton
public class OfferNumbers {
    public static final Pattern FORMAT = Pattern.compile(OfferNumberFormat.REGEX);
    private static final int SPACE = 10_000_000;

    private final RandomGenerator random;

    public OfferNumbers(RandomGenerator random) {
        this.random = random;
    }

    @Inject
    OfferNumbers() {
        this(new SecureRandom());
    }

    public String draw() {
        return "A%07d".formatted(random.nextInt(SPACE));
    }
}
