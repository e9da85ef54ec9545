package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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

/**
 * Seeded synthetic case records for tests and benchmarks: children with referrals, strategy
 * discussions, section 47 enquiries, conferences, periods of care and placements, missing
 * episodes, care leavers' activity and adoptions between 2015 and 2025, and a staff list with
 * allocations. The same seed gives the same records. Ties (same-day referrals, several strategy
 * discussions) and absent dates occur on purpose.
 */
final class CaseRecordGenerator {

  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final String[] PLACEMENT_TYPES = {"U1", "U3", "U4", "K2", "A3", "A4", "A6"};
  private static final String[] FTES = {"0.5", "0.8", "1", "1.0"};

  private final SplittableRandom random;

  CaseRecordGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The records of the child-protection path, by type, in generation order. */
  record Batch(List<StrategyDiscussion> discussions, List<Section47Enquiry> enquiries,
      List<InitialConference> conferences, List<Referral> referrals) {}

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
      out.add(new CaseWorker("W" + w, new BigDecimal(FTES[random.nextInt(FTES.length)]),
          random.nextInt(5) > 0));
    }
    for (int c = 0; c < children; c++) {
      String id = id(c);
      protection(id, sd, s47, icpc, referrals);
      LocalDate dob = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(6000));
      if (random.nextBoolean()) {
        care(id, dob, out);
      }
      for (int age = 17; age <= 22; age++) {
        if (random.nextBoolean()) {
          CareLeaverActivity.Activity[] all = CareLeaverActivity.Activity.values();
          out.add(new CareLeaverActivity(id, dob.plusYears(age), age,
              all[random.nextInt(all.length)]));
        }
      }
      if (random.nextInt(8) == 0) {
        adoption(id, out);
      }
      for (int a = random.nextInt(3); a > 0; a--) {
        LocalDate start = day();
        out.add(new CaseAllocation(id, "W" + random.nextInt(12), start,
            maybe(start.plusDays(random.nextInt(400)))));
      }
    }
    out.addAll(sd);
    out.addAll(s47);
    out.addAll(icpc);
    out.addAll(referrals);
    return out;
  }

  private void protection(String id, List<StrategyDiscussion> sd, List<Section47Enquiry> s47,
      List<InitialConference> icpc, List<Referral> referrals) {
    LocalDate day = day();
    int episodes = 1 + random.nextInt(3);
    for (int e = 0; e < episodes; e++) {
      referrals.add(new Referral(id, day));
      if (random.nextInt(4) == 0) {
        referrals.add(new Referral(id, day.plusDays(random.nextInt(3)))); // ties happen
      }
      LocalDate strategy = day.plusDays(random.nextInt(10));
      if (random.nextInt(10) > 0) {
        sd.add(new StrategyDiscussion(id, strategy));
      }
      if (random.nextInt(3) == 0) {
        sd.add(new StrategyDiscussion(id, strategy.plusDays(random.nextInt(5))));
      }
      s47.add(new Section47Enquiry(id, strategy.plusDays(random.nextInt(3))));
      icpc.add(new InitialConference(id, strategy.plusDays(5 + random.nextInt(25))));
      day = day.plusDays(30 + random.nextInt(500));
    }
  }

  private void care(String id, LocalDate dob, List<Object> out) {
    LocalDate start = day();
    boolean open = random.nextBoolean();
    LocalDate d = start;
    int placements = 1 + random.nextInt(5);
    for (int p = 0; p < placements; p++) {
      boolean last = p == placements - 1;
      LocalDate end = d.plusDays(1 + random.nextInt(700));
      out.add(new Placement(id, d, last && open ? Optional.empty() : Optional.of(end),
          PLACEMENT_TYPES[random.nextInt(PLACEMENT_TYPES.length)], random.nextInt(8) == 0));
      if (!last) {
        d = end;
      } else {
        out.add(new LookedAfterPeriod(id, dob, start, open ? Optional.empty() : Optional.of(end)));
      }
    }
    for (int m = random.nextInt(4); m > 0; m--) {
      LocalDate gone = start.plusDays(random.nextInt(1500));
      Optional<LocalDate> back = random.nextInt(5) > 0
          ? Optional.of(gone.plusDays(random.nextInt(5))) : Optional.empty();
      Optional<LocalDate> held = back.isPresent() && random.nextBoolean()
          ? Optional.of(back.get().plusDays(random.nextInt(6))) : Optional.empty();
      out.add(new MissingEpisode(id, gone, back, random.nextInt(10) < 7, held));
    }
  }

  private void adoption(String id, List<Object> out) {
    LocalDate entered = day();
    Optional<LocalDate> order = maybe(entered.plusDays(random.nextInt(400)));
    LocalDate movedIn = entered.plusDays(random.nextInt(900));
    out.add(new Adoption(id, entered, maybe(entered.plusDays(random.nextInt(300))), order,
        order.flatMap(o -> maybe(o.plusDays(random.nextInt(300) - 50))), movedIn,
        movedIn.plusDays(random.nextInt(300))));
  }

  private <T> Optional<T> maybe(T value) {
    return random.nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  private LocalDate day() {
    return FIRST.plusDays(random.nextInt(3650));
  }

  private static String id(int c) {
    return "C" + Integer.toString(c, 36);
  }
}
