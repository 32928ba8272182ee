package org.hortus.app.ui.alarms;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.time.ZoneId;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.Messages;
import org.hortus.model.alarm.AlarmSnapshot;

/**
 * The alarms page: the active alarms by priority and time with acknowledge and shelve, and the
 * alarm history with filters. While an URGENT or HIGH alarm waits unacknowledged the header
 * flashes (pseudo-class {@code :flash}, toggled by a timeline), and each new one beeps when sound
 * is on and the machine has a screen ({@link Annunciator}).
 *
 * <p>Threads: built on the FX thread. Once a second a timeline reads the alarm service's published
 * snapshots (an in-memory read that never waits for the engine) and shows them; acknowledge,
 * shelve and history searches run on the background executor. The timelines run as long as the
 * page exists, as the page does for the signed-in session.
 */
public final class AlarmsPage {

  private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");

  private final ConsoleContext context;
  private final BorderPane root = new BorderPane();
  private final HBox header;
  private final ActiveAlarmsTable active;
  private final AlarmHistoryPane history;
  private final Annunciator annunciator = new Annunciator();
  private final CheckBox sound;
  private final Timeline poll;
  private final Timeline flasher;
  private boolean flashing;

  public AlarmsPage(ConsoleContext context) {
    this.context = context;
    Messages messages = context.messages();
    ZoneId zone = ZoneId.systemDefault();
    AlarmTexts texts = new AlarmTexts(messages, zone);
    Label title = new Label(messages.text("alarms.title"));
    title.getStyleClass().add("page-title");
    sound = new CheckBox(messages.text("alarms.sound"));
    sound.setId("alarms-sound");
    sound.setSelected(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    header = new HBox(12, title, spacer, sound);
    header.setId("alarms-header");
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(8, 12, 8, 12));
    header.getStyleClass().add("alarms-header");

    active = new ActiveAlarmsTable(texts);
    AlarmActions actions = new AlarmActions(context, active::selected, this::refresh);
    VBox.setVgrow(active.node(), Priority.ALWAYS);
    VBox activeBox = new VBox(8, active.node(), actions.root());
    activeBox.setPadding(new Insets(8, 0, 0, 0));
    history = new AlarmHistoryPane(context, texts, zone);
    Tab activeTab = new Tab(messages.text("alarms.tab.active"), activeBox);
    activeTab.setId("alarms-tab-active");
    Tab historyTab = new Tab(messages.text("alarms.tab.history"), history.root());
    historyTab.setId("alarms-tab-history");
    TabPane tabs = new TabPane(activeTab, historyTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
      if (tab == historyTab && history.shown().isEmpty()) {
        history.search();
      }
    });

    root.setTop(header);
    root.setCenter(tabs);
    root.setPadding(new Insets(12, 16, 12, 16));
    root.getStyleClass().add("alarms-page");

    flasher = new Timeline(new KeyFrame(Duration.millis(500), e -> toggleFlash()));
    flasher.setCycleCount(Timeline.INDEFINITE);
    poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh()));
    poll.setCycleCount(Timeline.INDEFINITE);
    poll.play();
    refresh();
  }

  /** Shows the alarm board as the service last published it; FX thread. */
  void refresh() {
    List<AlarmSnapshot> board = context.alarms().snapshots();
    active.show(board);
    Annunciator.Call call = annunciator.update(board);
    if (call.flash() && !flashing) {
      flasher.play();
    } else if (!call.flash() && flashing) {
      flasher.stop();
      header.pseudoClassStateChanged(FLASH, false);
    }
    flashing = call.flash();
    if (call.newAnnunciations() > 0 && sound.isSelected()) {
      beep();
    }
  }

  private void toggleFlash() {
    header.pseudoClassStateChanged(FLASH, !header.getPseudoClassStates().contains(FLASH));
  }

  private void beep() {
    if (GraphicsEnvironment.isHeadless()) {
      return; // no speaker to ask on a server or in tests
    }
    context.background().execute(() -> Toolkit.getDefaultToolkit().beep());
  }

  /** Whether the header is calling for attention now. */
  public boolean flashing() {
    return flashing;
  }

  public Parent root() {
    return root;
  }

  /** Stops polling and flashing. */
  public void stop() {
    poll.stop();
    flasher.stop();
  }
}
