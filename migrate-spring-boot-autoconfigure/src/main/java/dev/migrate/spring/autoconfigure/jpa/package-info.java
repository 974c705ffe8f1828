/** JPA applications that validate their schema, with {@code migrate.run-at=ready}. */
package dev.migrate.spring.autoconfigure.jpa;
