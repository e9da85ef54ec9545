package org.improvementframework.io;

import java.util.Objects;

/**
 * Thrown when a writer refuses to write a plan that its reader would refuse with the limits the
 * writer was given (the defaults unless said otherwise), so that no file is written that cannot
 * be read back. The message names the limit and the option that raises it; the same option must
 * then be given to the reader.
 *
 * <p>Writers to a path leave the file as it was; writers to a stream or writer may have written
 * part of the content before the limit was reached.
 */
public class WriteLimitException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The limit that would be exceeded. */
  private final long limit;

  /** The option that raises the limit. */
  private final String option;

  /**
   * Creates an exception for a limit the output would exceed.
   *
   * @param what what would exceed the limit, such as {@code CSV length in characters}; not null
   * @param limit the limit
   * @param option the option that raises it, such as {@code PlanCsv.Options.withLimits}; not null
   * @throws NullPointerException if {@code what} or {@code option} is null
   */
  public WriteLimitException(String what, long limit, String option) {
    super(
        "output too large to be read back: "
            + Objects.requireNonNull(what, "what")
            + " would exceed the reader's limit of "
            + limit
            + "; raise it with "
            + Objects.requireNonNull(option, "option")
            + " and read with the same options");
    this.limit = limit;
    this.option = option;
  }

  /**
   * Gets the limit that would be exceeded.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * Gets the option that raises the limit, such as {@code PlanJson.Options.withMaxDocumentLength}.
   *
   * @return the option; not null
   */
  public String option() {
    return option;
  }
}
