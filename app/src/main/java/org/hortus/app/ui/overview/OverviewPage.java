package org.hortus.app.ui.overview;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.model.park.Park;

/**
 * The park at a glance: a tile per greenhouse, the weather station and the flood watch, refreshed
 * twice a second while shown ({@link LiveRefresh}: read off the FX thread, shown on it). Build it
 * on the FX thread; it stops refreshing when it leaves the screen.
 */
public final class OverviewPage {

  private final OverviewView view;
  private final LiveRefresh<OverviewSnapshot> refresh;

  private OverviewPage(ConsoleContext context, Consumer<String> openGreenhouse) {
    Park park = context.runtime().park();
    List<HouseSummary> houses =
        park.greenhouses().stream().map(h -> HouseSummary.unknown(h.id(), h.name())).toList();
    view = new OverviewView(context.messages(), park.name(), houses, openGreenhouse);
    OverviewReader reader = new OverviewReader(context.runtime(), context.alarms()::snapshots);
    refresh =
        new LiveRefresh<>(
            view.root(), context.background(), context.fx(), reader::read, view::show);
  }

  /**
   * The overview of the context's park.
   *
   * @param openGreenhouse called on the FX thread with a greenhouse id when its tile is clicked
   */
  public static OverviewPage create(ConsoleContext context, Consumer<String> openGreenhouse) {
    return new OverviewPage(context, openGreenhouse);
  }

  public Parent root() {
    return view.root();
  }

  /** Stops refreshing for good (it also pauses by itself while not shown). */
  public void stop() {
    refresh.stop();
  }
}
