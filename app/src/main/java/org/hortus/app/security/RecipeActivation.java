package org.hortus.app.security;

import java.time.Instant;
import org.hortus.app.audit.AuditJson;

/**
 * A recipe version made the one a greenhouse runs on, at once or from a later moment.
 *
 * @param greenhouseId the greenhouse
 * @param recipeId the recipe
 * @param version its version
 * @param activatedBy who activated it
 * @param activatedAt when
 * @param effectiveFrom from when the greenhouse runs on it ({@code activatedAt} for "now")
 */
public record RecipeActivation(
    String greenhouseId,
    String recipeId,
    int version,
    String activatedBy,
    Instant activatedAt,
    Instant effectiveFrom) {

  /** An activation that takes effect when it is made. */
  public RecipeActivation(
      String greenhouseId, String recipeId, int version, String activatedBy, Instant activatedAt) {
    this(greenhouseId, recipeId, version, activatedBy, activatedAt, activatedAt);
  }

  String auditJson() {
    return AuditJson.object()
        .put("greenhouse", greenhouseId)
        .put("recipe", recipeId)
        .put("version", version)
        .put("activatedBy", activatedBy)
        .put("activatedAt", activatedAt)
        .put("effectiveFrom", effectiveFrom)
        .toString();
  }
}
