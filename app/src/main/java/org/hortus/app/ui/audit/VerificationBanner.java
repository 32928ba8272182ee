package org.hortus.app.ui.audit;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.hortus.app.audit.AuditVerification;

/**
 * The chain's verdict, always in sight above the rows: intact with the rows verified, or broken
 * at a row with what was found there ({@code :broken}, the bad colour); a check that could not run
 * is {@code :unknown}. The last verdict stays while the next check runs. FX thread only.
 */
final class VerificationBanner {

  private static final PseudoClass INTACT = PseudoClass.getPseudoClass("intact");
  private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
  private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");

  private final HBox root = new HBox(8);
  private final Label text = new Label();
  private final AuditTexts texts;
  private final AuditViewModel model;

  VerificationBanner(AuditTexts texts, AuditViewModel model) {
    this.texts = texts;
    this.model = model;
    text.setId("audit-verification");
    text.getStyleClass().add("audit-verification");
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    ProgressIndicator checking = new ProgressIndicator();
    checking.setId("audit-verifying");
    checking.setPrefSize(18, 18);
    checking.visibleProperty().bind(model.verifying);
    root.getChildren().addAll(text, checking);
    root.setAlignment(Pos.CENTER_LEFT);
    root.getStyleClass().add("audit-banner");
    model.verdict.subscribe(v -> update());
    model.verdictFailure.subscribe(f -> update());
  }

  Node node() {
    return root;
  }

  private void update() {
    AuditVerification verdict = model.verdict.get();
    String failure = model.verdictFailure.get();
    boolean unknown = !failure.isEmpty() || verdict == null;
    if (!failure.isEmpty()) {
      text.setText(texts.text("audit.verify.failed", failure));
    } else if (verdict == null) {
      text.setText(texts.text("audit.verify.checking"));
    } else {
      text.setText(texts.verdict(verdict));
    }
    root.pseudoClassStateChanged(UNKNOWN, unknown);
    root.pseudoClassStateChanged(INTACT, !unknown && verdict.intact());
    root.pseudoClassStateChanged(BROKEN, !unknown && !verdict.intact());
    text.pseudoClassStateChanged(UNKNOWN, unknown);
    text.pseudoClassStateChanged(INTACT, !unknown && verdict.intact());
    text.pseudoClassStateChanged(BROKEN, !unknown && !verdict.intact());
  }
}
