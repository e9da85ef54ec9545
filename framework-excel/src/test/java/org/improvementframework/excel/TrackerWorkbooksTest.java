package org.improvementframework.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed test workbooks are what {@link TrackerWorkbooks} writes, cell for cell. */
class TrackerWorkbooksTest {

  @TempDir Path dir;

  @Test
  void committedWorkbooks_areWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("excel.regenerate")) {
      TrackerWorkbooks.main(new String[0]);
    }
    TrackerWorkbooks.main(new String[] {dir.toString()});
    for (String name :
        List.of(
            TrackerWorkbooks.ACTION_PER_ROW,
            TrackerWorkbooks.ACTION_PER_ROW_XLS,
            TrackerWorkbooks.AREA_PER_SHEET)) {
      Path committed = TrackerWorkbooks.FOLDER.resolve(name);
      assertThat(committed).exists();
      assertThat(rows(committed)).as(name).isEqualTo(rows(dir.resolve(name))).isNotEmpty();
    }
  }

  static List<TableRow> rows(Path file) throws IOException {
    return rows(file, WorkbookOptions.defaults());
  }

  static List<TableRow> rows(Path file, WorkbookOptions options) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    try (Workbook book = Workbooks.open(file, options);
        TableReader reader = book.allSheets()) {
      for (Optional<TableRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        rows.add(row.get());
      }
    }
    assertThat(Files.exists(file)).isTrue();
    return rows;
  }
}
