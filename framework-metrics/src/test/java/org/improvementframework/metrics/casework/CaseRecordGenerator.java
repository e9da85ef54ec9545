package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.improvementframework.testing.Generator;
import org.improvementframework.testing.Randomness;
import org.improvementframework.testing.SeededRandomness;

/**
 * Seeded synthetic case records for tests and benchmarks: children with referrals, strategy
 * discussions, section 47 enquiries, conferences, periods of care and placements, missing
 * episodes, care leavers' activity and adoptions between 2015 and 2025, and a staff list with
 * allocations. Ties (same-day referrals, several strategy discussions) and absent dates occur on
 * purpose. It draws its choices through the project's engine-neutral {@link Randomness}, so that
 * QuickTheories can shrink a failing example ({@link #records(int)}), and a seed gives the same
 * records every time ({@link SeededRandomness}).
 */
final class CaseRecordGenerator {

  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final String[] PLACEMENT_TYPES = {"U1", "U3", "U4", "K2", "A3", "A4", "A6"};
  private static final String[] FTES = {"0.5", "0.8", "1", "1.0"};

  private final Randomness random;

  CaseRecordGenerator(long seed) {
    this(SeededRandomness.of(seed));
  }

  private CaseRecordGenerator(Randomness random) {
    this.random = random;
  }

  /** All kinds of record for up to {@code maxChildren} children, as an engine-neutral generator. */
  static Generator<List<Object>> records(int maxChildren) {
    return r -> {
      CaseRecordGenerator g = new CaseRecordGenerator(r);
      return g.all(g.nextInt(maxChildren + 1));
    };
  }

  /** A choice from 0 to {@code bound - 1}; shrinks towards 0. */
  private int nextInt(int bound) {
    return (int) random.choose(0, bound - 1L);
  }

  /** A choice that shrinks towards false. */
  private boolean nextBoolean() {
    return random.choose(0, 1) == 1;
  }

  /** The records of the child-protection path, by type, in generation order. */
  record Batch(
      List<StrategyDiscussion> discussions,
      List<Section47Enquiry> enquiries,
      List<InitialConference> conferences,
      List<Referral> referrals) {}

  /** Only the child-protection records, cheaply, for {@code children} children. */
  Batch children(int children) {
    List<StrategyDiscussion> sd = new ArrayList<>();
    List<Section47Enquiry> s47 = new ArrayList<>();
    List<InitialConference> icpc = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    for (int c = 0; c < children; c++) {
      protection(id(c), sd, s47, icpc, referrals);
    }
    return new Batch(sd, s47, icpc, referrals);
  }

  /** Every kind of record for {@code children} children and a staff list, in one list. */
  List<Object> all(int children) {
    List<Object> out = new ArrayList<>();
    List<StrategyDiscussion> sd = new ArrayList<>();
    List<Section47Enquiry> s47 = new ArrayList<>();
    List<InitialConference> icpc = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    for (int w = 0; w < 10; w++) {
      out.add(new CaseWorker("W" + w, new BigDecimal(FTES[nextInt(FTES.length)]), nextInt(5) > 0));
    }
    for (int c = 0; c < children; c++) {
      String id = id(c);
      protection(id, sd, s47, icpc, referrals);
      LocalDate dob = LocalDate.of(2000, 1, 1).plusDays(nextInt(6000));
      if (nextBoolean()) {
        care(id, dob, out);
      }
      for (int age = 17; age <= 22; age++) {
        if (nextBoolean()) {
          CareLeaverActivity.Activity[] all = CareLeaverActivity.Activity.values();
          out.add(new CareLeaverActivity(id, dob.plusYears(age), age, all[nextInt(all.length)]));
        }
      }
      if (nextInt(8) == 0) {
        adoption(id, out);
      }
      for (int a = nextInt(3); a > 0; a--) {
        LocalDate start = day();
        out.add(
            new CaseAllocation(id, "W" + nextInt(12), start, maybe(start.plusDays(nextInt(400)))));
      }
    }
    out.addAll(sd);
    out.addAll(s47);
    out.addAll(icpc);
    out.addAll(referrals);
    return out;
  }

  private void protection(
      String id,
      List<StrategyDiscussion> sd,
      List<Section47Enquiry> s47,
      List<InitialConference> icpc,
      List<Referral> referrals) {
    LocalDate day = day();
    int episodes = 1 + nextInt(3);
    for (int e = 0; e < episodes; e++) {
      referrals.add(new Referral(id, day));
      if (nextInt(4) == 0) {
        referrals.add(new Referral(id, day.plusDays(nextInt(3)))); // ties happen
      }
      LocalDate strategy = day.plusDays(nextInt(10));
      if (nextInt(10) > 0) {
        sd.add(new StrategyDiscussion(id, strategy));
      }
      if (nextInt(3) == 0) {
        sd.add(new StrategyDiscussion(id, strategy.plusDays(nextInt(5))));
      }
      s47.add(new Section47Enquiry(id, strategy.plusDays(nextInt(3))));
      icpc.add(new InitialConference(id, strategy.plusDays(5 + nextInt(25))));
      day = day.plusDays(30 + nextInt(500));
    }
  }

  private void care(String id, LocalDate dob, List<Object> out) {
    LocalDate start = day();
    boolean open = nextBoolean();
    LocalDate d = start;
    int placements = 1 + nextInt(5);
    for (int p = 0; p < placements; p++) {
      boolean last = p == placements - 1;
      LocalDate end = d.plusDays(1 + nextInt(700));
      out.add(
          new Placement(
              id,
              d,
              last && open ? Optional.empty() : Optional.of(end),
              PLACEMENT_TYPES[nextInt(PLACEMENT_TYPES.length)],
              nextInt(8) == 0));
      if (!last) {
        d = end;
      } else {
        out.add(new LookedAfterPeriod(id, dob, start, open ? Optional.empty() : Optional.of(end)));
      }
    }
    for (int m = nextInt(4); m > 0; m--) {
      LocalDate gone = start.plusDays(nextInt(1500));
      Optional<LocalDate> back =
          nextInt(5) > 0 ? Optional.of(gone.plusDays(nextInt(5))) : Optional.empty();
      Optional<LocalDate> held =
          back.isPresent() && nextBoolean()
              ? Optional.of(back.get().plusDays(nextInt(6)))
              : Optional.empty();
      out.add(new MissingEpisode(id, gone, back, nextInt(10) < 7, held));
    }
  }

  private void adoption(String id, List<Object> out) {
    LocalDate entered = day();
    Optional<LocalDate> order = maybe(entered.plusDays(nextInt(400)));
    LocalDate movedIn = entered.plusDays(nextInt(900));
    out.add(
        new Adoption(
            id,
            entered,
            maybe(entered.plusDays(nextInt(300))),
            order,
            order.flatMap(o -> maybe(o.plusDays(nextInt(300) - 50))),
            movedIn,
            movedIn.plusDays(nextInt(300))));
  }

  private <T> Optional<T> maybe(T value) {
    return nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  private LocalDate day() {
    return FIRST.plusDays(nextInt(3650));
  }

  private static String id(int c) {
    return "C" + Integer.toString(c, 36);
  }
}
