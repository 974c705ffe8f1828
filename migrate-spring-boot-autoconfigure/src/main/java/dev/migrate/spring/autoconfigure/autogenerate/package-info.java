/**
 * {@code revision --autogenerate} and {@code check}'s {@code entities-differ} in a JPA application:
 * Hibernate's own mapping model and DDL, no annotation read by migrate. Hibernate is optional.
 */
package dev.migrate.spring.autoconfigure.autogenerate;
