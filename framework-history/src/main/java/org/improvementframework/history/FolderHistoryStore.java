package org.improvementframework.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.improvementframework.io.AtomicFiles;

/**
 * A history kept in a folder: one canonical JSON file per reporting date in {@code plans/}, named
 * by the date ({@code plans/2015-03-31.json}), and an index, {@code history.json}, listing each
 * date with its file and the SHA-256 hash of its content.
 *
 * <p>Every file is written whole or not at all (a temporary file moved into place), the plan's
 * file before the index, so a recording that fails part way leaves the history as it was. Writers
 * take an exclusive lock on {@code .lock} in the folder, so that two processes (or threads)
 * recording at once both have their records kept. Readers need no lock: they see the index as it
 * was before or after a recording, never during.
 *
 * <p>The index carries a format version; a store written by a newer version of the library is
 * refused with a {@link StoreVersionException} rather than read wrongly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FolderHistoryStore implements HistoryStore {

  /** The format version of the index this version writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The value of the index's {@code format} field. */
  public static final String FORMAT = "improvement-plan-history";

  /** The index's file name. */
  public static final String INDEX = "history.json";

  private static final String PLANS = "plans";
  private static final String LOCK = ".lock";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  // FileChannel.lock is held per process; threads of one process queue here first.
  private static final ConcurrentHashMap<Path, ReentrantLock> THREAD_LOCKS =
      new ConcurrentHashMap<>();

  private final Path folder;

  private FolderHistoryStore(Path folder) {
    this.folder = folder;
  }

  /**
   * Opens a store in a folder, which the first recording creates if it does not exist.
   *
   * @param folder the folder; not null
   * @return the store; not null
   * @throws HistoryStoreException if the path is a file, or a folder with files but no index
   * @throws StoreVersionException if the index has a newer format version
   */
  public static FolderHistoryStore open(Path folder) {
    Path f = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
    FolderHistoryStore store = new FolderHistoryStore(f);
    if (Files.exists(f)) {
      if (!Files.isDirectory(f)) {
        throw store.failure("is a file, not a folder", null);
      }
      if (!Files.exists(f.resolve(INDEX)) && hasForeignFiles(f)) {
        throw store.failure(
            "is not a history store: the folder has files but no "
                + INDEX
                + "; give an empty or new folder",
            null);
      }
      // Checked again: another process's first recording may have written the index meanwhile.
      if (Files.exists(f.resolve(INDEX))) {
        store.index();
      }
    }
    return store;
  }

  private static boolean hasForeignFiles(Path f) {
    // A first recording under way has made plans/ and .lock, and may move its index into place
    // between the caller's look for the index and this listing.
    try (Stream<Path> s = Files.list(f)) {
      return s.map(p -> p.getFileName().toString())
          .anyMatch(
              n ->
                  !n.equals(PLANS)
                      && !n.equals(LOCK)
                      && !n.equals(INDEX)
                      && !n.startsWith("." + INDEX));
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Gets the folder.
   *
   * @return the folder, absolute; not null
   */
  public Path folder() {
    return folder;
  }

  @Override
  @SuppressWarnings("try") // the lock is held by the try, not used in it
  public RecordOutcome record(LocalDate asAt, String sha256, String canonicalJson) {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(canonicalJson, "canonicalJson");
    ReentrantLock threadLock = THREAD_LOCKS.computeIfAbsent(folder, k -> new ReentrantLock());
    threadLock.lock();
    try {
      Files.createDirectories(folder.resolve(PLANS));
      try (FileChannel channel =
              FileChannel.open(
                  folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return recordLocked(asAt, sha256, canonicalJson);
      }
    } catch (IOException e) {
      throw failure("cannot record the plan as at " + asAt + ": " + e, e);
    } finally {
      threadLock.unlock();
    }
  }

  private RecordOutcome recordLocked(LocalDate asAt, String sha256, String json)
      throws IOException {
    List<RecordSummary> index = new ArrayList<>(index());
    for (RecordSummary s : index) {
      if (s.asAt().equals(asAt)) {
        if (s.sha256().equals(sha256)) {
          return RecordOutcome.UNCHANGED;
        }
        throw new RecordConflictException(location(), asAt);
      }
    }
    String file = PLANS + "/" + asAt + ".json";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(file), out -> out.write(bytes));
    index.add(new RecordSummary(asAt, sha256, file));
    index.sort(Comparator.comparing(RecordSummary::asAt));
    writeIndex(index);
    return RecordOutcome.RECORDED;
  }

  private void writeIndex(List<RecordSummary> index) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", FORMAT_VERSION);
    ArrayNode records = root.putArray("records");
    for (RecordSummary s : index) {
      records
          .addObject()
          .put("asAt", s.asAt().toString())
          .put("sha256", s.sha256())
          .put("file", s.source());
    }
    AtomicFiles.write(
        folder.resolve(INDEX),
        out -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root));
  }

  @Override
  public List<RecordSummary> index() {
    Path path = folder.resolve(INDEX);
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (JacksonException e) {
      throw failure(
          INDEX + " is not JSON (" + e.getOriginalMessage() + "); restore it from a" + " backup",
          e);
    } catch (IOException e) {
      throw failure("cannot read " + INDEX + ": " + e, e);
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw failure(
          INDEX + " is not a history index: expected \"format\": \"" + FORMAT + "\"", null);
    }
    JsonNode version = root.path("version");
    if (!version.canConvertToInt() || version.asInt() < 1) {
      throw failure(
          INDEX + " $.version: expected a format version, 1 or more, but was " + version, null);
    }
    if (version.asInt() > FORMAT_VERSION) {
      throw new StoreVersionException(
          location(),
          version.asInt(),
          FORMAT_VERSION,
          "it was written by a newer version of framework-history; upgrade to read it");
    }
    return entries(root.path("records"));
  }

  private List<RecordSummary> entries(JsonNode records) {
    if (!records.isArray()) {
      throw failure(INDEX + " $.records: expected an array of records", null);
    }
    List<RecordSummary> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      String where = INDEX + " $.records[" + i + "]";
      LocalDate asAt;
      try {
        asAt = LocalDate.parse(r.path("asAt").asText());
      } catch (DateTimeException e) {
        throw failure(where + ".asAt: expected a date such as 2015-03-31", e);
      }
      String sha = r.path("sha256").asText();
      if (!Hashes.isSha256(sha)) {
        throw failure(where + ".sha256: expected 64 lower-case hexadecimal digits", null);
      }
      String file = PLANS + "/" + asAt + ".json";
      if (!file.equals(r.path("file").asText())) {
        throw failure(where + ".file: expected \"" + file + "\"", null);
      }
      out.add(new RecordSummary(asAt, sha, file));
    }
    return List.copyOf(out);
  }

  @Override
  public Optional<StoredRecord> read(LocalDate asAt) {
    Objects.requireNonNull(asAt, "asAt");
    for (RecordSummary s : index()) {
      if (s.asAt().equals(asAt)) {
        return Optional.of(new StoredRecord(s, readFile(s)));
      }
    }
    return Optional.empty();
  }

  private String readFile(RecordSummary s) {
    Path path = folder.resolve(s.source());
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new DamagedRecordException(
          path.toString(), s.asAt(), "the file is missing, though the index lists it", e);
    } catch (CharacterCodingException e) {
      throw new DamagedRecordException(path.toString(), s.asAt(), "the file is not UTF-8 text", e);
    } catch (IOException e) {
      throw failure("cannot read " + path + ": " + e, e);
    }
  }

  @Override
  public String location() {
    return folder.toString();
  }

  /** Holds nothing open: every operation opens and closes its files. */
  @Override
  public void close() {
    // Nothing to release.
  }

  private HistoryStoreException failure(String problem, Throwable cause) {
    return new HistoryStoreException(location(), problem, cause);
  }
}
