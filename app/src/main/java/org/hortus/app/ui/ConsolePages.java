package org.hortus.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ToggleButton;
import org.hortus.app.ui.alarms.AlarmsPage;
import org.hortus.app.ui.devices.DevicesPage;
import org.hortus.app.ui.greenhouse.GreenhousePage;
import org.hortus.app.ui.overview.OverviewPage;
import org.hortus.app.ui.trends.TrendsPage;

/** The pages of the console's main window, in navigation order. */
public final class ConsolePages {

  private ConsolePages() {}

  public static List<ConsoleView> all() {
    AtomicReference<OverviewPage> overview = new AtomicReference<>();
    AtomicReference<GreenhousePage> greenhouse = new AtomicReference<>();
    List<ConsoleView> pages = new ArrayList<>();
    pages.add(new ConsoleView("overview", context -> {
      overview.set(OverviewPage.create(context, id -> {
        // The main window builds a page when first shown: show it, then pick the house.
        if (overview.get().root().getScene().lookup("#nav-greenhouse") instanceof ToggleButton nav) {
          nav.fire();
        }
        if (greenhouse.get() != null) {
          greenhouse.get().select(id);
        }
      }));
      return overview.get().root();
    }));
    pages.add(new ConsoleView("greenhouse", context -> {
      greenhouse.set(GreenhousePage.create(context));
      return greenhouse.get().root();
    }));
    pages.add(new ConsoleView("trends", context -> new TrendsPage(context).root()));
    pages.add(new ConsoleView("alarms", context -> new AlarmsPage(context).root()));
    pages.add(new ConsoleView("devices", DevicesPage::build));
    return pages;
  }
}
