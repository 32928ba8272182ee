package org.hortus.app.ui.recipes;

import java.util.List;

/**
 * A recipe file read into the editor's forms.
 *
 * @param recipeId the recipe's id, kept as it is
 * @param recipe its crop and source
 * @param stages its stages with their periods
 */
record RecipeDraftForms(String recipeId, FormFields recipe, List<StageForm> stages) {}
