package ca.imp.eventstore.readmodel;

import java.util.List;
import java.util.regex.Pattern;

import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * A read model: tables that a catch-up subscription of the same name writes from the log and nothing else writes,
 * so that emptying them and replaying the log from its start makes them again. Only read models are rebuilt; a
 * subscription with effects outside its database (the relay, webhooks, mails) or that plans side effects (timers) is
 * never one, so a rebuild fires nothing again.
 *
 * @param tables the tables the subscription owns, emptied when the read model is rebuilt
 */
public record ReadModel(String name, List<String> tables, CatchUpSubscription subscription) {
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    public ReadModel {
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("read model " + name + " names no table");
        }
        // the names go into statements as they are, so they are plain unquoted identifiers
        tables.stream().filter(table -> !TABLE.matcher(table).matches()).findAny().ifPresent(table -> {
            throw new IllegalArgumentException("read model " + name + ": " + table + " is not a plain table name");
        });
    }
}
