/** Micrometer meters of migrate, kept out of core. */
package dev.migrate.spring.autoconfigure.metrics;
