/**
 * Rolling deploys in the application: the instance registry's lifecycle and the contract holding
 * of the application's migrator.
 */
package dev.migrate.spring.autoconfigure.rolling;
