package org.improvementframework.model;

/**
 * Reads the forms in which councils write target dates; see {@link Target} for the forms.
 *
 * <p>A hand-written scanner ({@link TargetScanner}, with the vocabulary of {@link TargetKeyword})
 * and a recursive-descent grammar ({@link TargetGrammar} over {@link DateItemGrammar}) rather
 * than regular expressions: it runs in time linear in the text (which is capped at {@link
 * #MAX_LENGTH} characters), allocates only a few small arrays, and reports the furthest position
 * it could read to. Reading never throws on any input: failure is a null target with the position
 * and reason kept in the tokens, so that the lenient reader pays for no exception.
 */
final class TargetParser {

  /** Longer texts are not targets but prose; the cap bounds the work on hostile input. */
  static final int MAX_LENGTH = 200;

  private TargetParser() {}

  /** Reads strictly, throwing {@link TargetParseException} naming the furthest position read. */
  static Target parse(String text, TargetContext context) {
    if (text.length() > MAX_LENGTH) {
      throw new TargetParseException(
          text, MAX_LENGTH, "text longer than " + MAX_LENGTH + " characters");
    }
    TargetTokens tokens = TargetScanner.scan(text);
    Target t = TargetGrammar.read(tokens, context);
    if (t == null) {
      throw new TargetParseException(
          text, Math.max(0, tokens.errorPosition()), tokens.errorReason());
    }
    return t;
  }

  /** Reads leniently: text that cannot be read gives an unrecognised target keeping it. */
  static Target read(String text, TargetContext context) {
    if (text.length() > MAX_LENGTH) {
      return Target.unrecognised(text);
    }
    Target t = TargetGrammar.read(TargetScanner.scan(text), context);
    return t != null ? t : Target.unrecognised(text);
  }
}
