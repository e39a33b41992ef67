package ca.imp.eventstore.store;

/** An event ready to append: its type, the schema version of its data, and the data as JSON. */
public record NewEvent(String type, int schemaVersion, String data) {
}
