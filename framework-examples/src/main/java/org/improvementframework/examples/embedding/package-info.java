/**
 * Small programs that show how to embed the library: building a plan in code, reading a
 * council's tracker export with its warnings, computing an indicator from case records, and
 * plugging in a council's own RAG rule and plan rule. Each has a {@code main} and a test.
 */
package org.improvementframework.examples.embedding;
