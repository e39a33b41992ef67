package ca.imp.offerservice.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OfferNumbersTest {

    @Test
    void an_offer_number_is_the_letter_a_and_seven_digits() {
        OfferNumbers numbers = new OfferNumbers(new SecureRandom());
        for (int i = 0; i < 1000; i++) {
            String number = numbers.draw();
            assertTrue(OfferNumbers.FORMAT.matcher(number).matches(), number);
        }
    }

    @Test
    void small_numbers_keep_their_leading_zeros() {
        OfferNumbers numbers = new OfferNumbers(new Random() {
            @Override
            public int nextInt(int bound) {
                return 42;
            }
        });
        assertEquals("A0000042", numbers.draw());
    }

    @Test
    void consecutive_numbers_do_not_reveal_how_many_offers_exist() {
        OfferNumbers numbers = new OfferNumbers(new SecureRandom());
        Set<Integer> gaps = new HashSet<>();
        int previous = Integer.parseInt(numbers.draw().substring(1));
        for (int i = 0; i < 100; i++) {
            int next = Integer.parseInt(numbers.draw().substring(1));
            gaps.add(next - previous);
            previous = next;
        }
        assertTrue(gaps.size() > 90, "draws are not a sequence");
    }
}
