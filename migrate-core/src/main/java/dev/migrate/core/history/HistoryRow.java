package dev.migrate.core.history;

/** A row read back from the history table, with its sequence number. */
public record HistoryRow(long id, HistoryEntry entry) {
}
