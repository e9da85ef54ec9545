package org.improvementframework.io.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.LimitedInputStream;
import org.improvementframework.io.PlanFormatException;

/**
 * A guarded StAX cursor over an XML return, shared by the census readers: DTDs and external
 * entities are off (a document with a DOCTYPE is refused, so neither an entity expansion bomb
 * nor an external entity is ever read), the input's bytes, the nesting depth and the text of one
 * element are bounded by {@link InputLimits}, and elements are matched by local name, so a file
 * with the DfE's namespace and one without read the same.
 *
 * <p>An instance is used by one thread, for one document.
 */
public final class XmlReturns implements AutoCloseable {

  private static final XMLInputFactory FACTORY = factory();

  private final InputStream in;
  private final XMLStreamReader xml;
  private final String source;
  private final InputLimits limits;
  private final Deque<String> path = new ArrayDeque<>();

  private XmlReturns(InputStream in, String source, InputLimits limits) {
    this.source = Objects.requireNonNull(source, "source");
    this.limits = Objects.requireNonNull(limits, "limits");
    // the StAX reader never closes its input: this cursor does, as the readers promise
    this.in = in;
    try {
      this.xml =
          FACTORY.createXMLStreamReader(
              new LimitedInputStream(
                  in, limits.maxInputBytes(), "bytes", InputLocation.ofSource(source)));
    } catch (XMLStreamException e) {
      closeInput();
      throw error("cannot start reading the XML", 0);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Opens a cursor over a document.
   *
   * @param in the document's bytes; not null; closed by {@link #close()}
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @return the cursor; not null
   * @throws PlanFormatException if the document cannot be started
   */
  public static XmlReturns open(InputStream in, String source, InputLimits limits) {
    return new XmlReturns(Objects.requireNonNull(in, "in"), source, limits);
  }

  /**
   * Reads a whole document, giving the cursor to a consumer at the start of each element that
   * the consumer has not read past itself, then closes it.
   *
   * @param in the document's bytes; not null; closed by this method
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @param element called at each start of an element; may read on within the element; not null
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the input passes a limit (bytes, depth, text)
   */
  public static void forEachElement(
      InputStream in, String source, InputLimits limits, Consumer<XmlReturns> element) {
    Objects.requireNonNull(element, "element");
    try (XmlReturns xml = open(in, source, limits)) {
      int event;
      while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
        if (event == XMLStreamConstants.START_ELEMENT) {
          element.accept(xml);
        }
      }
    }
  }

  /**
   * Moves to the next start or end of an element, keeping the path of open elements.
   *
   * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT}, or
   *     {@link XMLStreamConstants#END_DOCUMENT}
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the depth or byte limit is passed
   */
  public int next() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
              throw error("a DTD or entity reference", line());
          case XMLStreamConstants.START_ELEMENT -> {
            path.push(xml.getLocalName());
            if (path.size() > limits.maxDepth()) {
              throw new InputLimitException("nesting depth", limits.maxDepth(), where(), null);
            }
            return event;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            path.pop();
            return event;
          }
          default -> {
            // text between elements, comments and processing instructions are not data here
          }
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException e) {
      // the parser's message may quote the document: only the line is kept
      throw error("XML that is not well formed", line());
    }
  }

  /**
   * Gets the local name of the element just started or ended.
   *
   * @return the local name; not null
   */
  public String name() {
    return xml.getLocalName();
  }

  /**
   * Reads the text of the element just started, which must hold text only, and moves past its
   * end.
   *
   * @return the text, stripped; not null
   * @throws PlanFormatException if the element holds elements, or the XML is broken
   * @throws InputLimitException if the text is longer than a cell may be
   */
  public String text() {
    try {
      String name = xml.getLocalName();
      String t = xml.getElementText();
      path.pop();
      if (t.length() > limits.maxCellChars()) {
        throw new InputLimitException("characters", limits.maxCellChars(), where(name), null);
      }
      return t.strip();
    } catch (XMLStreamException e) {
      throw error("an element with text only", line());
    }
  }

  /**
   * Reads the text of the element just started as a date of a return, and moves past its end.
   * A date that cannot be read is added to {@code problems}, located by line and element path
   * and never quoting the text (a child's date is personal data), and gives empty.
   *
   * @param problems where a date that cannot be read is added; not null
   * @return the date, or empty when the element is empty or not a date; not null
   * @throws PlanFormatException if the element holds elements, or the XML is broken
   * @throws InputLimitException if the text is longer than a cell may be
   */
  public Optional<LocalDate> date(List<? super PlanFormatException> problems) {
    Objects.requireNonNull(problems, "problems");
    return date(problems::add);
  }

  /**
   * Reads the text of the element just started as a date of a return, as {@link #date(List)}
   * does, giving a date that cannot be read to a consumer (a capped one, say).
   *
   * @param problems receives a date that cannot be read, as a located problem; not null
   * @return the date, or empty when the element is empty or not a date; not null
   * @throws PlanFormatException if the element holds elements, or the XML is broken
   * @throws InputLimitException if the text is longer than a cell may be
   */
  public Optional<LocalDate> date(Consumer<? super PlanFormatException> problems) {
    Objects.requireNonNull(problems, "problems");
    String name = name();
    InputLocation at = where();
    String t = text();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = ReturnDates.parse(t);
    if (d == null) {
      problems.accept(
          PlanFormatException.builder("not a date")
              .at(at)
              .field(name)
              .expected(ReturnDates.EXPECTED)
              .build());
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /**
   * Gets the current location: the file, the line, and the element path as the column.
   *
   * @return the location; not null
   */
  public InputLocation where() {
    return InputLocation.builder().source(source).line(line()).column(pathText()).build();
  }

  /**
   * Gets the location of a child element of the current one, for a problem with its text.
   *
   * @param child the child element's local name; not null
   * @return the location; not null
   */
  public InputLocation where(String child) {
    return InputLocation.builder()
        .source(source)
        .line(line())
        .column(pathText() + "/" + child)
        .build();
  }

  private String pathText() {
    StringBuilder sb = new StringBuilder();
    path.descendingIterator().forEachRemaining(p -> sb.append('/').append(p));
    return sb.toString();
  }

  private long line() {
    return xml == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
  }

  private PlanFormatException error(String expected, long line) {
    return PlanFormatException.builder("cannot read the XML return")
        .at(InputLocation.builder().source(source).line(line).build())
        .expected(expected.startsWith("a DTD") ? "no DTD and no entity references" : expected)
        .build();
  }

  /**
   * Closes the cursor and its input.
   *
   * @throws UncheckedIOException if the input cannot be closed
   */
  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing was left to read
    }
    closeInput();
  }

  private void closeInput() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
