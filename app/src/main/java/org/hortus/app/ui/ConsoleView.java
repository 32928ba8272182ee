package org.hortus.app.ui;

import java.util.function.Function;
import org.hortus.app.security.Permission;

/**
 * A page of the console's main window: its navigation key (also its message key {@code nav.KEY}
 * and node id {@code nav-KEY}), the permission a user needs to open it, and how to build it for a
 * signed-in context. Users whose role lacks the permission do not see the page in the navigation
 * and cannot open it; the services behind it check the same permission again.
 *
 * @param key e.g. {@code overview}
 * @param required the permission needed to open the page
 * @param build creates the page; called on the FX thread
 */
public record ConsoleView(String key, Permission required, Function<ConsoleContext, ConsolePage> build) {}
