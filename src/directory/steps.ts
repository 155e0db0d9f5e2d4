/**
 * Long builds (the search index, the guide pages' index) are written as step generators, so that
 * the list screen can run them in time slices (src/finder/slices.ts). This runs one through at
 * once and returns its result (tests, tools, Node).
 */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
