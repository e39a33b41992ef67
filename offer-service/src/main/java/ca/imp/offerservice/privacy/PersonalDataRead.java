package ca.imp.offerservice.privacy;

import java.time.Instant;

/** What reading an offer's personal data finds: the data, the fact that it was erased, or nothing kept. */
public sealed interface PersonalDataRead {
    record Kept(PersonalData data) implements PersonalDataRead {
    }

    record Erased(Instant erasedAt) implements PersonalDataRead {
    }

    record NoneKept() implements PersonalDataRead {
    }
}
