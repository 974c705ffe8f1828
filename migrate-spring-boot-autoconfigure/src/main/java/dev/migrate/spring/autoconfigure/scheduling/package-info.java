/** Scheduled tasks wait for the application's upgrade, as its runners and pages do. */
package dev.migrate.spring.autoconfigure.scheduling;
