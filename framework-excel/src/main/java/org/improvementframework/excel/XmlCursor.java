package org.improvementframework.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.LimitedInputStream;
import org.improvementframework.io.PlanFormatException;

/**
 * A pull parser over one XML part of a workbook that refuses what a workbook never needs (a
 * document type declaration, so no entity can expand or reach outside the file), stops at the
 * byte limit, and turns every parser failure into a located exception of this library.
 */
final class XmlCursor implements Closeable {

  /** Below this compressed-to-expanded ratio POI refuses an entry (ZipSecureFile's default). */
  private static final long ZIP_BOMB_RATIO = 100;

  private static final XMLInputFactory FACTORY = secureFactory();

  private final String part;
  private final InputLocation where;
  private final XMLStreamReader xml;
  private final InputStream in;
  private final int maxDepth;
  private int depth;

  XmlCursor(InputStream raw, String part, InputLimits limits, InputLocation where) {
    this.part = part;
    this.where = where;
    this.maxDepth = limits.maxDepth();
    this.in =
        new LimitedInputStream(
            raw, limits.maxInputBytes(), "decompressed size of " + part + " in bytes", where);
    try {
      this.xml = FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** Moves to the next event, as {@link XMLStreamReader#next()}, refusing a DTD. */
  int next() {
    try {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw unsafe();
        case XMLStreamConstants.START_ELEMENT -> {
          if (++depth > maxDepth) {
            throw new InputLimitException("XML nesting depth of " + part, maxDepth, where, null);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        default -> {}
      }
      return event;
    } catch (XMLStreamException e) {
      throw translate(e);
    } catch (PlanFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // The zip stream below the parser reports some corruptions unchecked.
      throw damaged("unreadable compressed data", e);
    }
  }

  /** Tells whether there is another event. */
  boolean hasNext() {
    try {
      return xml.hasNext();
    } catch (XMLStreamException e) {
      throw translate(e);
    } catch (PlanFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw damaged("unreadable compressed data", e);
    }
  }

  XMLStreamReader xml() {
    return xml;
  }

  /** Gets an attribute of the current element by local name, in any namespace; null if absent. */
  String attribute(String localName) {
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      if (localName.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * Reads the text up to the end of the current element, skipping the subtrees of elements named
   * {@code skip} (phonetic runs), and refusing more than {@code maxChars} characters.
   */
  String text(int maxChars, String skip, Supplier<InputLocation> cell) {
    StringBuilder sb = new StringBuilder();
    int level = 1;
    int skipping = 0;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
        if (skipping > 0 || xml.getLocalName().equals(skip)) {
          skipping++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
        if (skipping > 0) {
          skipping--;
        }
      } else if ((event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)
          && skipping == 0) {
        if (sb.length() + xml.getTextLength() > maxChars) {
          throw new InputLimitException("cell length in characters", maxChars, cell.get(), null);
        }
        sb.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw damaged("the part ends inside an element", null);
      }
    }
    return sb.toString();
  }

  /** Skips to the end of the current element. */
  void skipElement() {
    int level = 1;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw damaged("the part ends inside an element", null);
      }
    }
  }

  WorkbookFormatException damaged(String problem, Throwable cause) {
    return new WorkbookFormatException(
        Reason.DAMAGED,
        problem + " (" + part + position() + ")",
        where,
        "a workbook saved by a spreadsheet program; open and save it again",
        cause);
  }

  private WorkbookFormatException unsafe() {
    return new WorkbookFormatException(
        Reason.UNSAFE_XML,
        "document type declaration or entity in " + part + position(),
        where,
        "workbook XML without a DOCTYPE or entities, as spreadsheet programs write it",
        null);
  }

  private String position() {
    Location l = xml == null ? null : xml.getLocation();
    return l == null || l.getLineNumber() < 0
        ? ""
        : ", line " + l.getLineNumber() + ", column " + l.getColumnNumber();
  }

  private RuntimeException translate(XMLStreamException e) {
    Throwable t = e;
    for (int guard = 0; t != null && guard < 10; guard++) {
      if (t instanceof InputLimitException limit) {
        return limit;
      }
      if (t instanceof IOException io
          && io.getMessage() != null
          && io.getMessage().startsWith("Zip bomb detected")) {
        return new InputLimitException(
            "expansion of " + part + " (times its compressed size)", ZIP_BOMB_RATIO, where, io);
      }
      Throwable next = t.getCause();
      if (next == null && t instanceof XMLStreamException x) {
        next = x.getNestedException();
      }
      t = next == t ? null : next;
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("DOCTYPE") || m.contains("entity") || m.contains("Entity")) {
      return unsafe();
    }
    return damaged("malformed XML", e);
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the part was read or abandoned; a failure to release the parser changes nothing
    }
    try {
      in.close();
    } catch (IOException e) {
      // as above: nothing to recover from a failed close of a read-only stream
    }
  }
}
