package org.improvementframework.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import org.improvementframework.testing.Randomness;
import org.improvementframework.testing.SeededRandomness;

/**
 * Writes seeded synthetic statutory returns, every id, date and postcode invented: an SSDA903
 * folder ({@code header.csv}, {@code episodes.csv} with all 13 columns and day-first dates as
 * councils' systems export them, {@code ad1.csv}, {@code oc3.csv}), a CIN census XML and a
 * workforce census XML, for the collection year 2024.
 *
 * <p>{@code java -cp benchmarks.jar org.improvementframework.benchmarks.ReturnFiles DIR
 * [EPISODES [CIN_CHILDREN [WORKERS]]]} (defaults 1,000,000, 100,000 and 5,000) writes
 * {@code DIR/ssda903/}, {@code DIR/cin.xml} and {@code DIR/csww.xml}. Episodes come child by
 * child, one to seven a child (a period of care starts with {@code RNE} {@code S}, later
 * episodes are moves, {@code P}, {@code T}, or changes of legal status, {@code L}, {@code B},
 * {@code U}); one period in five ends in the year with adoption ({@code E11}, after an
 * {@code A5} placement), a third are still open. Each census child has one to three referrals,
 * half of them with a section 47 enquiry and its conference 5 to 25 days later.
 */
public final class ReturnFiles {

  /** The seed of every file. */
  public static final long SEED = 903;

  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] MOVES = {"P", "P", "P", "T", "L", "B", "U"};
  private static final String[] PLACES = {"U1", "U3", "U4", "U6", "R1", "K2", "H5", "P1"};
  private static final String[] LEAVING = {"E13", "E4A", "E8", "E41", "E45"};

  private ReturnFiles() {}

  /**
   * What was written, to check a reader's counts against.
   *
   * @param episodes the Episodes rows
   * @param children the children of the 903 Header
   * @param cinChildren the children of the CIN census
   * @param referrals the referrals of the CIN census
   * @param workers the workers of the workforce census
   */
  public record Written(
      long episodes, long children, long cinChildren, long referrals, long workers) {}

  /**
   * Writes the three returns.
   *
   * @param args the directory, and the numbers of episodes, CIN children and workers
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ReturnFiles DIR [EPISODES [CIN_CHILDREN [WORKERS]]]");
      System.exit(2);
    }
    int episodes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int cin = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int workers = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
    System.out.println(write(Path.of(args[0]), episodes, cin, workers));
  }

  /**
   * Writes the returns into a directory.
   *
   * @param dir the directory, created if missing; not null
   * @param episodes the number of Episodes rows, 1 or more (the last child may add a few)
   * @param cinChildren the number of CIN census children
   * @param workers the number of workforce census workers
   * @return the counts written; not null
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Written write(Path dir, int episodes, int cinChildren, int workers) {
    try {
      Path ssda903 = Files.createDirectories(dir.resolve("ssda903"));
      long[] counts = writeSsda903(ssda903, episodes);
      long referrals = writeCin(dir.resolve("cin.xml"), cinChildren);
      writeWorkforce(dir.resolve("csww.xml"), workers);
      return new Written(counts[0], counts[1], cinChildren, referrals, workers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the three returns into a folder named by the sizes under {@code parent}, once: a later
   * call with the same sizes finds the folder's counts file and reuses the files, so that each
   * JMH fork of a 10^6-episode benchmark does not spend minutes writing the same seeded files
   * again. The files are written into a temporary sibling and moved into place whole, so that
   * an interrupted run leaves no half-written folder to be reused.
   *
   * @param parent the folder to keep the returns in; not null
   * @param episodes the number of SSDA903 episodes wanted
   * @param cinChildren the number of CIN census children
   * @param workers the number of workforce census workers
   * @return the folder of the returns and the counts written; not null
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static Map.Entry<Path, Written> writeOnce(
      Path parent, int episodes, int cinChildren, int workers) {
    Path dir = parent.resolve("returns-" + episodes + "-" + cinChildren + "-" + workers);
    Path counts = dir.resolve("written.txt");
    try {
      if (!Files.isRegularFile(counts)) {
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "writing-");
        Written w = write(tmp, episodes, cinChildren, workers);
        Files.writeString(
            tmp.resolve("written.txt"),
            w.episodes()
                + " "
                + w.children()
                + " "
                + w.cinChildren()
                + " "
                + w.referrals()
                + " "
                + w.workers());
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      }
      long[] n =
          Arrays.stream(Files.readString(counts).strip().split(" "))
              .mapToLong(Long::parseLong)
              .toArray();
      return Map.entry(dir, new Written(n[0], n[1], n[2], n[3], n[4]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long[] writeSsda903(Path dir, int wanted) throws IOException {
    Randomness r = SeededRandomness.of(SEED);
    long rows = 0;
    long child = 0;
    try (Writer h = writer(dir.resolve("header.csv"));
        Writer e = writer(dir.resolve("episodes.csv"));
        Writer ad1 = writer(dir.resolve("ad1.csv"));
        Writer oc3 = writer(dir.resolve("oc3.csv"))) {
      h.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
      e.write(
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
              + "PL_POST,URN\r\n");
      ad1.write("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n");
      oc3.write("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n");
      for (; rows < wanted; child++) {
        String id = "C" + (1_000_000 + child);
        LocalDate dob = LocalDate.of(2006, 1, 1).plusDays(r.choose(0, 6000));
        h.write(id + "," + r.choose(1, 2) + "," + DAY_FIRST.format(dob) + ",WBRI,,,\r\n");
        if (dob.isBefore(LocalDate.of(2005, 4, 1).plusYears(1))) {
          oc3.write(id + "," + DAY_FIRST.format(dob) + ",YES,F2,U1\r\n");
        }
        rows += episodes(r, id, dob, e, ad1);
      }
    }
    return new long[] {rows, child};
  }

  private static int episodes(Randomness r, String id, LocalDate dob, Writer e, Writer ad1)
      throws IOException {
    int count = (int) r.choose(1, 7);
    LocalDate day = max(dob.plusDays(r.choose(0, 400)), LocalDate.of(2014, 1, 1));
    day = day.plusDays(r.choose(0, 3000));
    boolean adopted = r.choose(0, 4) == 0 && count > 1;
    boolean open = !adopted && r.choose(0, 2) == 0;
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      LocalDate next = day.plusDays(r.choose(10, 300));
      String rne = i == 0 ? "S" : MOVES[(int) r.choose(0, MOVES.length - 1)];
      String place = adopted && last ? "A5" : PLACES[(int) r.choose(0, PLACES.length - 1)];
      String ls = adopted && last ? "E1" : r.choose(0, 30) == 0 ? "V3" : "C2";
      String dec = last && open ? "" : DAY_FIRST.format(next);
      String rec = !last ? "X1" : open ? "" : adopted ? "E11" : LEAVING[(int) r.choose(0, 4)];
      e.write(
          id
              + ","
              + DAY_FIRST.format(day)
              + ","
              + rne
              + ","
              + ls
              + ",N1,"
              + place
              + ",PR1,"
              + dec
              + ","
              + rec
              + ","
              + (i == 0 ? "" : "CARPL")
              + ",ZZ1 1ZZ,ZZ9 9ZZ,SC000001\r\n");
      if (adopted && last) {
        ad1.write(
            id
                + ","
                + DAY_FIRST.format(dob)
                + ","
                + DAY_FIRST.format(day.minusDays(120))
                + ","
                + DAY_FIRST.format(day.minusDays(30))
                + ",0,2,MF,L0\r\n");
      }
      day = next;
    }
    return count;
  }

  // codes of the 2023-24 lists, so that the census reader checks codes as it does on real files
  private static final String[] ETHNICITIES = {"WBRI", "WOTH", "MWBC", "AIND", "BAFR", "NOBT"};
  private static final String[] SOURCES = {"1A", "2A", "3A", "5A", "6", "8", "10"};
  private static final String[] FACTORS = {"1B", "3A", "4B", "16A", "18C", "21", "24A"};

  private static String pick(Randomness r, String[] codes) {
    return codes[(int) r.choose(0, codes.length - 1L)];
  }

  private static long writeCin(Path file, int children) throws IOException {
    Randomness r = SeededRandomness.of(SEED + 1);
    long referrals = 0;
    try (Writer w = writer(file)) {
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<Message xmlns=\"http://www.dfe.gov.uk/CoreSchema/CIN\"><Header>"
              + "<CollectionDetails><Collection>CIN</Collection><Year>2024</Year>"
              + "<ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>"
              + "<Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header>\n"
              + "<Children>\n");
      for (int c = 0; c < children; c++) {
        LocalDate dob = LocalDate.of(2006, 1, 1).plusDays(r.choose(0, 6500));
        w.write(
            "<Child><ChildIdentifiers><LAchildID>K"
                + (1_000_000 + c)
                + "</LAchildID><PersonBirthDate>"
                + dob
                + "</PersonBirthDate><GenderCurrent>"
                + (1 + r.choose(0, 1))
                + "</GenderCurrent></ChildIdentifiers><ChildCharacteristics><Ethnicity>"
                + pick(r, ETHNICITIES)
                + "</Ethnicity></ChildCharacteristics>\n");
        LocalDate day = LocalDate.of(2021, 4, 1).plusDays(r.choose(0, 900));
        for (long n = r.choose(1, 3); n > 0; n--) {
          referrals++;
          w.write("<CINdetails><CINreferralDate>" + day + "</CINreferralDate>");
          w.write("<ReferralSource>" + pick(r, SOURCES) + "</ReferralSource>");
          w.write("<PrimaryNeedCode>N" + r.choose(0, 9) + "</PrimaryNeedCode>");
          w.write("<ReferralNFA>0</ReferralNFA>");
          w.write(
              "<Assessments><AssessmentActualStartDate>"
                  + day.plusDays(1)
                  + "</AssessmentActualStartDate><FactorsIdentifiedAtAssessment>"
                  + "<AssessmentFactors>"
                  + pick(r, FACTORS)
                  + "</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>");
          if (r.choose(0, 1) == 0) {
            LocalDate start = day.plusDays(r.choose(0, 10));
            w.write(
                "<Section47><S47ActualStartDate>"
                    + start
                    + "</S47ActualStartDate><DateOfInitialCPC>"
                    + start.plusDays(r.choose(5, 25))
                    + "</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>");
          }
          w.write("</CINdetails>\n");
          day = day.plusDays(r.choose(20, 400));
        }
        w.write("</Child>\n");
      }
      w.write("</Children></Message>\n");
    }
    return referrals;
  }

  private static void writeWorkforce(Path file, int workers) throws IOException {
    Randomness r = SeededRandomness.of(SEED + 2);
    try (Writer w = writer(file)) {
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails>"
              + "<Collection>CSWW</Collection><Year>2023</Year>"
              + "<ReferenceDate>2023-09-30</ReferenceDate></CollectionDetails></Header>\n");
      for (int i = 0; i < workers; i++) {
        String fte = r.choose(0, 4) == 0 ? "0.500000" : "1.000000";
        w.write(
            "<CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW"
                + (1_000_000_000L + i)
                + "</SWENo><FTE>"
                + fte
                + "</FTE><OrgRole>5</OrgRole><FTE30>"
                + fte
                + "</FTE30><Cases30>"
                + r.choose(0, 25)
                + "</Cases30></CSWWWorker>\n");
      }
      w.write("</Message>\n");
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }
}
