package org.hortus.app.ui;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * A page of the console's main window: its navigation key (also its message key {@code nav.KEY}
 * and node id {@code nav-KEY}) and how to build it for a signed-in context.
 *
 * @param key e.g. {@code overview}
 * @param build creates the page's root node; called on the FX thread
 */
public record ConsoleView(String key, Function<ConsoleContext, Node> build) {}
