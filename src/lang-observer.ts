/**
 * Whether a `lang` attribute changed anywhere a widget inherits its language from: the document, and every
 * shadow root the widget sits inside (a MutationObserver on the document does not see into shadow roots).
 * One observer per tree serves every widget in it.
 */

type Listener = () => void;

const trees = new Map<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

function notify(records: MutationRecord[], listeners: Set<Listener>): void {
  if (records.length) listeners.forEach((listener) => listener());
}

/** The document and each shadow root between it and `element`, innermost first. */
function treesAround(element: Element): Node[] {
  const found: Node[] = [];
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    found.push(root);
    if (!(root instanceof ShadowRoot)) return found;
  }
}

/** Calls `listener` whenever a `lang` attribute changes in a tree `element` belongs to, until the returned function is called. */
export function onLangChange(element: Element, listener: Listener): () => void {
  const roots = treesAround(element);
  for (const root of roots) {
    let tree = trees.get(root);
    if (!tree) {
      const listeners = new Set<Listener>();
      const observer = new MutationObserver((records) => notify(records, listeners));
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      trees.set(root, (tree = { observer, listeners }));
    }
    tree.listeners.add(listener);
  }
  return () => {
    for (const root of roots) {
      const tree = trees.get(root);
      if (!tree) continue;
      tree.listeners.delete(listener);
      if (tree.listeners.size) continue;
      tree.observer.disconnect();
      trees.delete(root);
    }
  };
}

/**
 * Hands over `lang` changes still waiting for the observers' microtask, so that code which changes a
 * `lang` and then awaits a widget's `updateComplete` sees the widget in the new language.
 */
export function deliverLangChanges(): void {
  for (const { observer, listeners } of trees.values()) notify(observer.takeRecords(), listeners);
}
