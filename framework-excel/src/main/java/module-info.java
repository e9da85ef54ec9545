/**
 * Excel workbooks read as framework-io tables: every sheet, or one chosen by name, streamed row
 * by row within the limits of {@code org.improvementframework.io.InputLimits}.
 */
module org.improvementframework.excel {
  requires transitive org.improvementframework.io;
  requires java.xml;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports org.improvementframework.excel;
}
