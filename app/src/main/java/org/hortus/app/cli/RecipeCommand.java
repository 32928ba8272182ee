package org.hortus.app.cli;

import picocli.CommandLine.Command;

/** {@code hortus recipe …}: check climate recipes before they go live. */
@Command(
    name = "recipe",
    mixinStandardHelpOptions = true,
    description = "Validate climate recipes and show a day of their setpoints.",
    subcommands = {RecipeValidateCommand.class, RecipeShowCommand.class})
public final class RecipeCommand {}
