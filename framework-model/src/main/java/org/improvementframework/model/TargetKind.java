package org.improvementframework.model;

/**
 * What a written target date was understood to be.
 */
public enum TargetKind {
  /** One day: {@code 15/07/2015}, {@code 30th March}. */
  DAY,
  /** A calendar month, due at its end: {@code March 15}, {@code Apr-15}, {@code June 2015}. */
  MONTH,
  /** A financial-year quarter (Q1 is April to June): {@code Q2 2015/16}. */
  QUARTER,
  /** A financial year, April to March: {@code 2015/16}. */
  FINANCIAL_YEAR,
  /** A season of a year: {@code Summer 2015}. */
  SEASON,
  /** A school term: {@code Autumn term 2015}. */
  TERM,
  /**
   * One span from the start of one date to the end of another: {@code June/July 2012},
   * {@code Jan-Mar 2016}, or a week, {@code w/c 6th April 2015}.
   */
  RANGE,
  /** Several separate dates, each a deadline in turn: {@code April/October 15/Jan16}. */
  LIST,
  /** A date repeating: {@code Feb 15, thereafter monthly}, {@code quarterly}. */
  RECURRING,
  /** A start with no end: {@code from Oct 03}, {@code September 15 onwards}, {@code Ongoing}. */
  OPEN_START,
  /** Not yet set: {@code TBC}, {@code To be confirmed}. */
  TO_BE_CONFIRMED,
  /** Written, but not understood; the text is kept. */
  UNRECOGNISED,
  /** Nothing was written. */
  NONE
}
