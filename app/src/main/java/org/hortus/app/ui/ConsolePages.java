package org.hortus.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ToggleButton;
import org.hortus.app.security.Permission;
import org.hortus.app.ui.alarms.AlarmsPage;
import org.hortus.app.ui.audit.AuditPage;
import org.hortus.app.ui.devices.DevicesPage;
import org.hortus.app.ui.greenhouse.GreenhousePage;
import org.hortus.app.ui.overview.OverviewPage;
import org.hortus.app.ui.recipes.RecipesPage;
import org.hortus.app.ui.schedules.SchedulesPage;
import org.hortus.app.ui.trends.TrendsPage;
import org.hortus.app.ui.users.UsersPage;
import org.hortus.app.ui.whatif.WhatIfPage;

/** The pages of the console's main window, in navigation order, with who may open them. */
public final class ConsolePages {

  private ConsolePages() {}

  public static List<ConsoleView> all() {
    AtomicReference<OverviewPage> overview = new AtomicReference<>();
    AtomicReference<GreenhousePage> greenhouse = new AtomicReference<>();
    List<ConsoleView> pages = new ArrayList<>();
    pages.add(new ConsoleView("overview", Permission.VIEW, context -> {
      overview.set(OverviewPage.create(context, id -> {
        // The main window builds a page when first shown: show it, then pick the house.
        if (overview.get().root().getScene().lookup("#nav-greenhouse") instanceof ToggleButton nav) {
          nav.fire();
        }
        if (greenhouse.get() != null) {
          greenhouse.get().select(id);
        }
      }));
      return ConsolePage.of(overview.get().root(), overview.get()::stop);
    }));
    pages.add(new ConsoleView("greenhouse", Permission.VIEW, context -> {
      greenhouse.set(GreenhousePage.create(context));
      return ConsolePage.of(greenhouse.get().root(), greenhouse.get()::stop);
    }));
    pages.add(new ConsoleView("trends", Permission.VIEW, context -> {
      TrendsPage trends = new TrendsPage(context);
      return ConsolePage.of(trends.root(), trends::stop);
    }));
    pages.add(new ConsoleView("alarms", Permission.VIEW, context -> {
      AlarmsPage alarms = new AlarmsPage(context);
      return ConsolePage.of(alarms.root(), alarms::stop);
    }));
    // The devices page's refresh runs only while it is in a scene.
    pages.add(new ConsoleView("devices", Permission.VIEW, context -> ConsolePage.of(DevicesPage.build(context))));
    pages.add(new ConsoleView("schedules", Permission.VIEW, SchedulesPage::build));
    pages.add(new ConsoleView("recipes", Permission.EDIT_RECIPE, RecipesPage::build));
    pages.add(new ConsoleView("whatif", Permission.RUN_WHAT_IF, WhatIfPage::build));
    pages.add(new ConsoleView("users", Permission.MANAGE_USERS, UsersPage::build));
    pages.add(new ConsoleView("audit", Permission.VIEW_AUDIT, AuditPage::build));
    return pages;
  }
}
