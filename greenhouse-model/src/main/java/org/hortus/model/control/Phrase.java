package org.hortus.model.control;

import java.util.List;

/**
 * A phrase the model words a decision with. The console looks its {@link #key()} up in its
 * message bundles (as {@code reasons.<key>}) and formats the arguments for the user's language;
 * logs, the command line and tests read the English template. Implemented by enums, so every
 * phrase the model can say is listed in one place and a test can check each has its texts.
 */
public interface Phrase {

  /** The phrase's key, without the bundle's prefix, e.g. {@code "heating.air"}. */
  String key();

  /**
   * The English words with {@code {0}}, {@code {1}}, … where the arguments go (no other
   * formatting syntax: a quote is a quote).
   */
  String english();

  /** What each argument is, in order, so it can be formatted. */
  List<Arg> args();

  /** What one argument of a phrase is, and how the English template writes it. */
  enum Arg {
    /** A number, written with no decimals. */
    F0,
    /** A number, written with one decimal. */
    F1,
    /** A number, written with two decimals. */
    F2,
    /** A whole count (seconds, minutes), written as is. */
    COUNT,
    /** Words from data, shown as written: a user, a schedule's name, an id. */
    TEXT,
    /** A {@link java.time.LocalTime} of the site. */
    TIME,
    /** An {@link java.time.Instant}. */
    INSTANT,
    /** Another {@link Because}, worded in turn. */
    PHRASE
  }
}
