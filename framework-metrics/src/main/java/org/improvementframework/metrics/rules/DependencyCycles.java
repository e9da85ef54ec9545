package org.improvementframework.metrics.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Reference;

/**
 * Finds the cycles of a plan's dependencies by a depth-first walk of a graph whose nodes are the
 * plan's actions and areas: an area leads to each of its actions, an action to what it depends
 * on (a milestone standing for its action). Nodes are numbered in plan order ({@link PlanIndex})
 * and the graph is held in arrays, so that the walk makes no hash lookup and no object per node.
 *
 * <p>The roots are tried in plan order (each area's actions, then the area) and each node's
 * edges in their written order; a cycle is reported when the walk meets a node on its current
 * path, so the findings and their order follow from the plan alone.
 */
final class DependencyCycles {

  private DependencyCycles() {}

  /**
   * Finds every cycle the walk meets.
   *
   * @param c the context; not null
   * @return the findings, one for each cycle met; not null
   */
  static List<Finding> find(PlanContext c) {
    PlanIndex ix = c.index();
    int n = ix.nodes();
    int[] edgeStart = new int[n + 1];
    int[] targets = new int[n];
    int edges = 0;
    int node = 0;
    int action = 0;
    // The dependencies are in plan order, as the index's actions are, and held as numbers: no
    // action, list or reference of the plan is visited.
    Dependencies deps = c.dependencies();
    int d = 0;
    for (int i = 0; i < ix.areas(); i++) {
      int first = node;
      for (int k = ix.actionCount(i); k > 0; k--, action++) {
        edgeStart[node++] = edges;
        for (; d < deps.size() && deps.from(d) == action; d++) {
          int t = ix.node(deps, d);
          if (t >= 0) {
            targets = room(targets, edges);
            targets[edges++] = t;
          }
        }
      }
      edgeStart[node++] = edges;
      for (int child = first; child < node - 1; child++) {
        targets = room(targets, edges);
        targets[edges++] = child;
      }
    }
    edgeStart[n] = edges;
    return walk(ix, edgeStart, targets);
  }

  private static int[] room(int[] a, int size) {
    return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }

  private static List<Finding> walk(PlanIndex ix, int[] edgeStart, int[] targets) {
    int n = edgeStart.length - 1;
    List<Finding> out = new ArrayList<>();
    // 1 = on the current path, 2 = finished.
    byte[] colour = new byte[n];
    int[] path = new int[n];
    int[] nextEdge = new int[n];
    for (int root = 0; root < n; root++) {
      if (colour[root] != 0) {
        continue;
      }
      int depth = 1;
      path[0] = root;
      nextEdge[0] = edgeStart[root];
      colour[root] = 1;
      while (depth > 0) {
        int top = path[depth - 1];
        if (nextEdge[depth - 1] < edgeStart[top + 1]) {
          int next = targets[nextEdge[depth - 1]++];
          if (colour[next] == 0) {
            colour[next] = 1;
            path[depth] = next;
            nextEdge[depth] = edgeStart[next];
            depth++;
          } else if (colour[next] == 1) {
            out.add(finding(ix, path, depth, next));
          }
        } else {
          colour[top] = 2;
          depth--;
        }
      }
    }
    return out;
  }

  private static Finding finding(PlanIndex ix, int[] path, int depth, int back) {
    int from = 0;
    while (path[from] != back) {
      from++;
    }
    StringBuilder sb = new StringBuilder();
    Reference at = null;
    for (int i = from; i < depth; i++) {
      Reference r = ix.ref(path[i]);
      sb.append(r).append(" -> ");
      if (at == null && r instanceof ActionRef) {
        at = r;
      }
    }
    Reference backRef = ix.ref(back);
    sb.append(backRef);
    // Reported against an action of the cycle, the area nodes being only the way round.
    return Finding.of(
        "dependency-cycle",
        Severity.ERROR,
        at == null ? backRef : at,
        "dependencies form a cycle: " + sb);
  }
}
