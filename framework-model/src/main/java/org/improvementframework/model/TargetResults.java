package org.improvementframework.model;

/** Builds the target that the grammar read, from the text as written and the dates read. */
final class TargetResults {

  private final String text;
  private final DateItems items;

  TargetResults(String text, DateItems items) {
    this.text = text;
    this.items = items;
  }

  /** A target of a kind that has no dates (none, TBC, ongoing). */
  Target of(TargetKind kind) {
    return Target.builder().text(text).kind(kind).build();
  }

  /** The one dated period read, as the kind of target it makes alone. */
  Target single() {
    return Target.builder()
        .text(text)
        .kind(items.targetKind(0))
        .addPeriods(items.period(0))
        .build();
  }

  /** A range from the start of the first period to the end of the last. */
  Target span(DateRange first, DateRange last) {
    return Target.builder()
        .text(text)
        .kind(TargetKind.RANGE)
        .addPeriods(DateRange.of(first.start(), last.end()))
        .build();
  }

  /** Every dated period read, in the order written. */
  Target list() {
    Target.Builder b = Target.builder().text(text).kind(TargetKind.LIST);
    for (int i = 0; i < items.size(); i++) {
      b.addPeriods(items.period(i));
    }
    return b.build();
  }

  /** The first period read, with a kind and perhaps a recurrence (null for none). */
  Target withPeriod(TargetKind kind, Recurrence r) {
    Target.Builder b = Target.builder().text(text).kind(kind).addPeriods(items.period(0));
    if (r != null) {
      b.recurrence(r);
    }
    return b.build();
  }

  /** A recurring target, with the period of item i as its first, or none if i is negative. */
  Target recurring(Recurrence r, int i) {
    Target.Builder b = Target.builder().text(text).kind(TargetKind.RECURRING).recurrence(r);
    if (i >= 0) {
      b.addPeriods(items.period(i));
    }
    return b.build();
  }
}
