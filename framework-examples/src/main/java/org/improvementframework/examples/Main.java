package org.improvementframework.examples;

/**
 * The command line of the Improvement Framework.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.out.println("Improvement Framework");
  }
}
