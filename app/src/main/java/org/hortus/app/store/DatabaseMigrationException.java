package org.hortus.app.store;

/**
 * A schema migration failed when the database was opened. The message says what became of the
 * data: restored from the backup taken just before (named in the message), or, if even that
 * failed, which file to restore by hand.
 */
public final class DatabaseMigrationException extends IllegalStateException {

  DatabaseMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
