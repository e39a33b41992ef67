package ca.imp.deadlineservice.timer;

import java.util.UUID;

/**
 * What an operator's retry of a parked timer did.
 *
 * @param fired  true if it was fired and settled now (its state says how); false if it failed again and stays parked
 * @param reason why it failed again; null once fired
 */
public record ParkedTimerRetry(UUID deadlineId, String timer, boolean fired, Timers.State state, String reason) {
}
