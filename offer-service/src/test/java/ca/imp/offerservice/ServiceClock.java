package ca.imp.offerservice;

import jakarta.inject.Singleton;

import ca.imp.embedded.MovableClock;

/** offer-service's clock in every test: the real time until a test moves it. */
@Singleton
public class ServiceClock extends MovableClock {
    public ServiceClock() {
        super(null);
    }
}
