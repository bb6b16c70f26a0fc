/**
 * A failed assertion's values go to the test runner as they are, and an element (with its document, its
 * shadow root and the widget behind it) is a graph the runner's serialiser never finishes: the run would
 * hang until its timeout instead of reporting the failure. Every test file that handles elements imports
 * this, which writes each element in a failure's values as its tag.
 */

/** Nodes by shape, so nodes of a test page's frames (another window's `Node`) are caught too. */
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && 'nodeType' in value && 'nodeName' in value;

function described(value: unknown): unknown {
  if (isNode(value)) {
    const element = value as Partial<Element>;
    return `<${value.nodeName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}>`;
  }
  return Array.isArray(value) ? value.map(described) : value;
}

afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  error.actual = described(error.actual);
  error.expected = described(error.expected);
});
