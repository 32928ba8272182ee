package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hortus recipe validate FILE…}: exit 0 when every file is valid, else 1. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check recipe files; print every problem with file, line, column and path.")
public final class RecipeValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recipe files (JSON).")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    for (Path file : files) {
      try {
        ClimateRecipe recipe = RecipeReader.read(file);
        out.printf(
            "%s: valid (%s v%d, %d stages)%n",
            file, recipe.id(), recipe.version(), recipe.stages().size());
      } catch (InvalidFileException e) {
        invalid++;
        for (Problem problem : e.problems()) {
          err.println(problem.message());
        }
      }
    }
    out.flush();
    err.flush();
    return invalid == 0 ? 0 : 1;
  }
}
