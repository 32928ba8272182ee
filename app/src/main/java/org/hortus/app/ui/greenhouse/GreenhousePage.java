package org.hortus.app.ui.greenhouse;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hortus.app.history.TrendPoint;
import org.hortus.app.runtime.GreenhouseScanState;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.overview.LiveRefresh;
import org.hortus.app.ui.overview.Numbers;
import org.hortus.app.ui.reasons.ReasonTexts;
import org.hortus.model.control.Because;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.recipe.ResolvedSetpoints;

/**
 * One greenhouse live: gauges, the air temperature of the last half hour, the recipe's stage and
 * current and next period, every actuator with its command and reason, the interlocks in words, and
 * the manual override. Refreshed twice a second while shown ({@link LiveRefresh}); build it on the
 * FX thread.
 */
public final class GreenhousePage {

  private static final PseudoClass HOLDING = PseudoClass.getPseudoClass("holding");

  private final Messages messages;
  private final Numbers numbers;
  private final ReasonTexts reasons;
  private final DateTimeFormatter time;
  private final BorderPane root = new BorderPane();
  private final ComboBox<Greenhouse> selector = new ComboBox<>();
  private final GaugeRow gauges;
  private final Sparkline sparkline = new Sparkline();
  private final Label trendRange = new Label();
  private final Label recipe = new Label();
  private final Label nextPeriod = new Label();
  private final Label interlocks = new Label();
  private final ActuatorTable actuators;
  private final HouseReader reader;
  private final LiveRefresh<HouseSnapshot> refresh;

  private GreenhousePage(ConsoleContext context) {
    messages = context.messages();
    numbers = new Numbers(messages, "greenhouse.none");
    reasons = new ReasonTexts(messages, context.runtime().park().site().zone());
    time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(messages.locale())
            .withZone(context.runtime().park().site().zone());
    List<Greenhouse> houses = context.runtime().park().greenhouses();
    gauges = new GaugeRow(messages);
    actuators = new ActuatorTable(messages, numbers, reasons);
    reader = new HouseReader(context.runtime(), context.trends(), houses.getFirst().id());
    selector.setId("greenhouse-select");
    selector.getItems().setAll(houses);
    selector.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Greenhouse house) {
            return house == null
                ? ""
                : messages.text("greenhouse.select.item", house.id(), house.name());
          }

          @Override
          public Greenhouse fromString(String text) {
            throw new UnsupportedOperationException("not editable");
          }
        });
    selector.setValue(houses.getFirst());
    root.setTop(header());
    root.setCenter(body(new OverrideForm(context, this::selected)));
    root.getStyleClass().add("greenhouse-page");
    refresh = new LiveRefresh<>(root, context.background(), context.fx(), reader::read, this::show);
    selector.valueProperty().addListener((o, old, house) -> changed(house));
  }

  /** The page, showing the park's first greenhouse. */
  public static GreenhousePage create(ConsoleContext context) {
    return new GreenhousePage(context);
  }

  /** Shows another greenhouse (the overview calls this when a tile is clicked). */
  public void select(String greenhouseId) {
    selector.getItems().stream()
        .filter(h -> h.id().equals(greenhouseId))
        .findFirst()
        .ifPresent(selector::setValue);
  }

  /** The greenhouse shown. */
  public String selected() {
    return selector.getValue().id();
  }

  private void changed(Greenhouse house) {
    if (house != null) {
      reader.select(house.id());
      sparkline.setPoints(List.of());
      refresh.now();
    }
  }

  private HBox header() {
    Label title = new Label(messages.text("greenhouse.title"));
    title.getStyleClass().add("page-title");
    HBox header = new HBox(16, title, selector);
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(12, 16, 8, 16));
    return header;
  }

  private ScrollPane body(OverrideForm override) {
    Label trendTitle = new Label(messages.text("greenhouse.trend.title"));
    trendTitle.getStyleClass().add("trend-box-title");
    sparkline.setId("greenhouse-trend");
    sparkline.setPrefSize(240, 110);
    trendRange.setId("greenhouse-trend-range");
    VBox trend = new VBox(4, trendTitle, sparkline, trendRange);
    trend.getStyleClass().add("trend-box");
    trend.setPrefSize(260, GaugeRow.SIZE);
    recipe.setId("greenhouse-recipe");
    nextPeriod.setId("greenhouse-next-period");
    interlocks.setId("greenhouse-interlocks");
    interlocks.getStyleClass().add("interlocks");
    interlocks.setWrapText(true);
    Label actuatorTitle = new Label(messages.text("greenhouse.actuators.title"));
    actuatorTitle.getStyleClass().add("section-title");
    VBox body =
        new VBox(
            8,
            new HBox(8, gauges, trend),
            recipe,
            nextPeriod,
            interlocks,
            actuatorTitle,
            actuators.node(),
            override);
    body.setPadding(new Insets(0, 16, 16, 16));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("greenhouse-scroll");
    return scroll;
  }

  private void show(HouseSnapshot house) {
    if (!house.greenhouseId().equals(selected())) {
      return; // read before the user picked another house
    }
    GreenhouseScanState scan = house.scan().orElse(null);
    ResolvedSetpoints setpoints = scan == null ? null : scan.setpoints();
    gauges.show(
        house,
        setpoints == null
            ? ""
            : messages.text(
                "greenhouse.gauge.air.setpoints",
                numbers.format(setpoints.heatingTemperatureCelsius(), 1),
                numbers.format(setpoints.ventilationTemperatureCelsius(), 1)));
    showTrend(house.airTrend());
    if (setpoints == null) {
      recipe.setText(messages.text("greenhouse.recipe.waiting", house.greenhouseId()));
      nextPeriod.setText("");
    } else {
      recipe.setText(
          messages.text(
              "greenhouse.recipe.current",
              setpoints.stageName(),
              setpoints.periodName(),
              numbers.format(setpoints.rampProgress() * 100, 0)));
      nextPeriod.setText(
          house
              .next()
              .map(
                  n ->
                      messages.text(
                          "greenhouse.recipe.next", n.periodName(), time.format(n.start())))
              .orElse(messages.text("greenhouse.recipe.nonext")));
    }
    List<Because> holding = scan == null ? List.of() : scan.scan().interlockReasons();
    interlocks.setText(
        holding.isEmpty()
            ? messages.text("greenhouse.interlocks.none")
            : messages.text("greenhouse.interlocks.holding", reasons.join(holding)));
    interlocks.pseudoClassStateChanged(HOLDING, !holding.isEmpty());
    actuators.show(scan == null ? null : scan.scan());
  }

  private void showTrend(List<TrendPoint> points) {
    sparkline.setPoints(points);
    double low = points.stream().mapToDouble(TrendPoint::value).min().orElse(Double.NaN);
    double high = points.stream().mapToDouble(TrendPoint::value).max().orElse(Double.NaN);
    trendRange.setText(
        messages.text("greenhouse.trend.range", numbers.format(low, 1), numbers.format(high, 1)));
  }

  public Parent root() {
    return root;
  }

  /** Stops refreshing for good (it also pauses by itself while not shown). */
  public void stop() {
    refresh.stop();
  }
}
