package ca.imp.offerservice.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.type.CollectionType;

import ca.imp.contract.EventJson;

/** Rows of policy data, each in force from one date until another (open-ended when {@code effectiveTo} is empty). */
final class ReferenceTable {

    interface Dated {
        LocalDate effectiveFrom();

        LocalDate effectiveTo();

        default boolean inForceOn(LocalDate date) {
            return !date.isBefore(effectiveFrom()) && (effectiveTo() == null || !date.isAfter(effectiveTo()));
        }
    }

    private ReferenceTable() {
    }

    static <T> List<T> load(String resource, Class<T> row) {
        try (InputStream in = ReferenceTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing");
            }
            CollectionType listOfRows = EventJson.mapper().getTypeFactory().constructCollectionType(List.class, row);
            return List.copyOf(EventJson.mapper().readValue(in, listOfRows));
        } catch (IOException e) {
            throw new UncheckedIOException("reference data " + resource + " is unreadable", e);
        }
    }
}
