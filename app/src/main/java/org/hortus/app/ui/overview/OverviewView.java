package org.hortus.app.ui.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import org.hortus.app.ui.Messages;

/**
 * The overview's nodes: the park strip on top and a tile per greenhouse below (forty tiles fit a
 * 1920×1080 screen; a larger park scrolls). Knows nothing of the park runtime: {@link #show} takes
 * a snapshot. FX thread only.
 */
public final class OverviewView {

  private final BorderPane root = new BorderPane();
  private final ParkStrip strip;
  private final TilePane tiles = new TilePane();
  private final Map<String, HouseTile> tilesById = new LinkedHashMap<>();

  /**
   * @param messages the texts
   * @param parkName shown in the header
   * @param houses the greenhouses, in the order their tiles appear
   * @param open called with a greenhouse's id when its tile is clicked
   */
  public OverviewView(
      Messages messages, String parkName, List<HouseSummary> houses, Consumer<String> open) {
    Numbers numbers = new Numbers(messages, "overview.none");
    strip = new ParkStrip(messages, numbers, parkName);
    tiles.setId("overview-tiles");
    tiles.setHgap(6);
    tiles.setVgap(6);
    tiles.setPadding(new Insets(8));
    tiles.setPrefTileWidth(HouseTile.WIDTH);
    tiles.setPrefTileHeight(HouseTile.HEIGHT);
    for (HouseSummary house : houses) {
      HouseTile tile = new HouseTile(messages, numbers, house, open);
      tilesById.put(house.id(), tile);
      tiles.getChildren().add(tile);
    }
    ScrollPane scroll = new ScrollPane(tiles);
    scroll.setId("overview-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("overview-scroll");
    root.setTop(strip);
    root.setCenter(scroll);
    root.getStyleClass().add("overview-page");
  }

  /** Shows one refresh. */
  public void show(OverviewSnapshot snapshot) {
    for (HouseSummary house : snapshot.houses()) {
      HouseTile tile = tilesById.get(house.id());
      if (tile != null) {
        tile.show(house);
      }
    }
    strip.show(snapshot.weather(), snapshot.flood());
  }

  public Parent root() {
    return root;
  }
}
