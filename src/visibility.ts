/**
 * Whether a widget can be seen: one IntersectionObserver for every widget on the page, so a blog index
 * with two hundred widgets has one observer, not two hundred.
 */

type Callback = (visible: boolean) => void;

const callbacks = new Map<Element, Callback>();
let observer: IntersectionObserver | undefined;

/** Calls `callback` whenever `element` enters or leaves the viewport, until the returned function is called. */
export function watchVisibility(element: Element, callback: Callback): () => void {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
  });
  callbacks.set(element, callback);
  observer.observe(element);
  return () => {
    callbacks.delete(element);
    observer?.unobserve(element);
    if (!callbacks.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
