package dev.migrate.core.guard;

/** What one rule says about one operation, before the guard adds where it was found. */
record Verdict(Rule rule, Severity severity, String message) {
}
