/** The {@code migrate} health contributor, for the readiness group. */
package dev.migrate.spring.autoconfigure.health;
