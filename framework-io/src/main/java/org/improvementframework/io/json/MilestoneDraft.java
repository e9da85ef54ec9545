package org.improvementframework.io.json;

import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * The parts of the milestone being read. One draft serves every milestone of a read, since
 * milestones do not nest: the model's builder is made only in {@link #build()}, where it does not
 * outlive the call and the compiler removes it, instead of one per milestone passed through the
 * field loop.
 */
final class MilestoneDraft {

  // set by the reader's field loop: a setter per part would only repeat each assignment
  MilestoneRef ref;
  String description;
  Target target;
  Status status;

  /** Forgets the parts of the milestone read before, to read the next one. */
  MilestoneDraft start() {
    ref = null;
    description = null;
    target = null;
    status = null;
    return this;
  }

  /**
   * Builds the milestone of these parts, all of which were read (the format requires them).
   *
   * @throws IllegalArgumentException if the model refuses the parts
   */
  Milestone build() {
    return Milestone.builder()
        .ref(ref)
        .description(description)
        .target(target)
        .status(status)
        .build();
  }
}
