/**
 * The application's own HTTP endpoints answer {@code 503} with {@code Retry-After} while the
 * database is upgraded or after the upgrade failed; Actuator answers as usual.
 */
package dev.migrate.spring.autoconfigure.web;
