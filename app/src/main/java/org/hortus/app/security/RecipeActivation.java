package org.hortus.app.security;

import java.time.Instant;
import org.hortus.app.audit.AuditJson;

/**
 * A recipe version made the one a greenhouse runs on.
 *
 * @param greenhouseId the greenhouse
 * @param recipeId the recipe
 * @param version its version
 * @param activatedBy who activated it
 * @param activatedAt when
 */
public record RecipeActivation(
    String greenhouseId, String recipeId, int version, String activatedBy, Instant activatedAt) {

  String auditJson() {
    return AuditJson.object()
        .put("greenhouse", greenhouseId)
        .put("recipe", recipeId)
        .put("version", version)
        .put("activatedBy", activatedBy)
        .put("activatedAt", activatedAt)
        .toString();
  }
}
