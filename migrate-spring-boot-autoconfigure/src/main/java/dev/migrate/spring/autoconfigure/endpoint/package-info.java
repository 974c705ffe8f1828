/** The {@code migrate} Actuator endpoint and the opt-in {@code migrateupgrade} write endpoint. */
package dev.migrate.spring.autoconfigure.endpoint;
