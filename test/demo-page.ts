/** The configurator as a partner opens it, for the tests that drive it. */

export interface DemoWindow extends Window {
  recordedErrors: string[];
}

const RECORDER = `<script>
  window.recordedErrors = [];
  addEventListener('error', (event) => recordedErrors.push(String(event.error?.stack ?? event.message)));
  addEventListener('unhandledrejection', (event) => recordedErrors.push(String(event.reason?.stack ?? event.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { recordedErrors.push(args.join(' ')); consoleError(...args); };
</script>`;

/** Opens a demo page in a frame, with the recorder running before any of the page's own scripts. */
export async function openDemo(path: string, width = 1300, height = 900): Promise<{ page: Document; win: DemoWindow; frame: HTMLIFrameElement }> {
  const source = await (await fetch(path)).text();
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const base = new URL(path, location.href).href;
  // The page's own addresses made whole as well as the <base>: Firefox's look-ahead fetches of a srcdoc
  // page's files resolve against the test page, not the <base>, and asked the server for files it lacks.
  const page = source.replace(/\b(src|href)="(?![a-z]+:|#)([^"]+)"/g, (_, name: string, url: string) => `${name}="${new URL(url, base).href}"`);
  frame.srcdoc = page.replace('<head>', `<head><base href="${base}">${RECORDER}`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { page: frame.contentDocument!, win: frame.contentWindow as DemoWindow, frame };
}

export async function sha384(url: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
