/**
 * Rolling deploys: the registry of running application instances ({@code migrate_instances}) and
 * the decision that holds contract revisions back until no live instance runs code that lacks
 * them. {@link dev.migrate.core.rolling.RollingDeploy} ties both to a migrator.
 */
package dev.migrate.core.rolling;
