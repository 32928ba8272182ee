package org.hortus.app.ui.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * Every text a user can read in a scene graph, for the test that finds English left on a Chinese
 * screen: labels, buttons, cells, prompts, tooltips, column headers, tabs, menus, chart titles,
 * axis labels and series names. Each text comes with where it was found.
 */
public final class SceneTexts {

  /** A text and the node path it was found at. */
  public record Found(String where, String text) {}

  /** Two or more English words of three letters or more in a row, e.g. "Air temperature". */
  private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z]{3,}(?:[ \\-][A-Za-z]{2,})+\\b|\\b[A-Za-z]{4,}\\b");

  private SceneTexts() {}

  public static List<Found> collect(Node root) {
    List<Found> found = new ArrayList<>();
    walk(root, found);
    return found;
  }

  private static void walk(Node node, List<Found> found) {
    if (!node.isVisible()) {
      return;
    }
    String where = describe(node);
    if (node instanceof Labeled labeled) {
      add(found, where, labeled.getText());
    }
    if (node instanceof Text text && !insideControlText(text)) {
      add(found, where, text.getText()); // a Text of a label or field is its (maybe elided) text
    }
    if (node instanceof TextInputControl input) {
      add(found, where + " prompt", input.getPromptText());
      if (!input.isEditable()) {
        add(found, where, input.getText());
      }
    }
    if (node instanceof ComboBoxBase<?> combo) {
      add(found, where + " prompt", combo.getPromptText());
    }
    if (node instanceof Control control) {
      Tooltip tip = control.getTooltip();
      if (tip != null) {
        add(found, where + " tooltip", tip.getText());
      }
    }
    if (node instanceof TableView<?> table) {
      table.getColumns().forEach(c -> column(c, where, found));
      if (table.getPlaceholder() != null) {
        walk(table.getPlaceholder(), found);
      }
    }
    if (node instanceof TreeTableView<?> table) {
      table.getColumns().forEach(c -> column(c, where, found));
    }
    if (node instanceof TabPane tabs) {
      for (Tab tab : tabs.getTabs()) {
        add(found, where + " tab", tab.getText());
        if (tab.getContent() != null && !tab.isSelected()) {
          walk(tab.getContent(), found); // unselected tabs are not in the scene graph
        }
      }
    }
    if (node instanceof MenuButton menu) {
      for (MenuItem item : menu.getItems()) {
        add(found, where + " menu", item.getText());
      }
    }
    if (node instanceof Chart chart) {
      add(found, where + " title", chart.getTitle());
      if (chart instanceof XYChart<?, ?> xy) {
        for (Axis<?> axis : List.of(xy.getXAxis(), xy.getYAxis())) {
          add(found, where + " axis", axis.getLabel());
        }
        for (XYChart.Series<?, ?> series : xy.getData()) {
          add(found, where + " series", series.getName());
        }
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(child, found);
      }
    }
  }

  private static boolean insideControlText(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Labeled || n instanceof TextInputControl) {
        return true;
      }
    }
    return false;
  }

  private static void column(TableColumnBase<?, ?> column, String where, List<Found> found) {
    add(found, where + " column", column.getText());
    column.getColumns().forEach(c -> column(c, where, found));
  }

  private static void add(List<Found> found, String where, String text) {
    if (text != null && !text.isBlank()) {
      found.add(new Found(where, text));
    }
  }

  private static String describe(Node node) {
    StringBuilder path = new StringBuilder();
    for (Node n = node; n != null; n = n.getParent()) {
      if (n.getId() != null) {
        path.insert(0, "#" + n.getId() + " ");
        break;
      }
    }
    return path.append(node.getClass().getSimpleName()).toString();
  }

  /**
   * The English words left in {@code text} once the site's own data (names of the park, houses,
   * zones, recipes; user names) and the allowed symbols are taken out; empty when none.
   */
  public static List<String> englishIn(String text, Set<String> data, Set<String> allowedWords) {
    String rest = text.replaceAll("\\b[a-z][a-z.+-]*://\\S+", " ") // endpoints and other URLs are addresses
        .replaceAll("\\b[a-z]+:[^\\s,;]+", " ") // kind:id identifiers, e.g. an audit row's subject user:ada
        .replaceAll("(?s)\\{\".*}", " ") // stored JSON records, shown verbatim to auditors
        .replace("null", " ");
    List<String> byLength = new ArrayList<>(data);
    byLength.sort(Comparator.comparingInt(String::length).reversed());
    for (String datum : byLength) {
      if (!datum.isBlank()) {
        rest = rest.replace(datum, " ");
      }
    }
    List<String> english = new ArrayList<>();
    Matcher m = ENGLISH_WORDS.matcher(rest);
    while (m.find()) {
      if (!allowedWords.contains(m.group())) {
        english.add(m.group());
      }
    }
    return english;
  }
}
