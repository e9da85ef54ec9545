package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import org.improvementframework.model.casework.StrategyDiscussion;

/**
 * Seeded synthetic case records for tests and benchmarks: children with strategy discussions,
 * section 47 enquiries, conferences and referrals between 2015 and 2025. The same seed gives
 * the same records.
 */
final class CaseRecordGenerator {

  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

  private final SplittableRandom random;

  CaseRecordGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Records of one kind, in generation order, for {@code children} children. */
  record Batch(List<StrategyDiscussion> discussions, List<Section47Enquiry> enquiries,
      List<InitialConference> conferences, List<Referral> referrals) {}

  Batch children(int children) {
    List<StrategyDiscussion> sd = new ArrayList<>();
    List<Section47Enquiry> s47 = new ArrayList<>();
    List<InitialConference> icpc = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    for (int c = 0; c < children; c++) {
      String id = "C" + Integer.toString(c, 36);
      LocalDate day = FIRST.plusDays(random.nextInt(3650));
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
    return new Batch(sd, s47, icpc, referrals);
  }
}
