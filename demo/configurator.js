// The configurator: every control sets an attribute or a custom property on the live widget, and the
// snippet below it is written from the same settings, so what a partner copies is what they previewed.
const widget = document.getElementById('widget');
const form = document.getElementById('options');
const stage = document.getElementById('stage');
const snippet = document.getElementById('snippet');
const oneLine = document.getElementById('one-line');
const scriptUrl = document.getElementById('script-url');

const ATTRIBUTES = ['lang', 'time-zone', 'theme', 'layout', 'join-url', 'join-label', 'heading-level'];
const BUNDLE = new URL('../dist/belarus-solidarity.js', import.meta.url);

// The preview clock: the widget reads Date.now() at every tick, so shifting it shows any instant, live.
const realNow = Date.now.bind(Date);
let shift = 0;
Date.now = () => realNow() + shift;

function previewAt(instant) {
  shift = instant === null ? 0 : instant - realNow();
  const at = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000);
  document.getElementById('preview-at').value = at.toISOString().slice(0, 19);
  widget.requestUpdate();
  // The day's message and the countdown differ in height, which the snippet reserves.
  return render();
}

/** The next 4 August (local time) at the given time of day, minus `before` milliseconds. */
function nextSolidarityDay(before = 0) {
  const now = new Date(realNow());
  let year = now.getFullYear();
  if (now > new Date(year, 7, 4, 23, 59, 59)) year += 1;
  return new Date(year, 7, 4).getTime() - before;
}

const escapeHtml = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function integrity() {
  const body = await (await fetch(BUNDLE)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

async function version() {
  try {
    return (await (await fetch(new URL('../package.json', import.meta.url))).json()).version;
  } catch {
    return 'VERSION';
  }
}

function settings() {
  const attributes = [];
  const properties = [];
  for (const control of form.elements) {
    if (!control.name || control.value === '') continue;
    if (control.name.startsWith('--')) {
      // Only what the partner changed goes into the snippet; the rest stays with the theme.
      if (control.value !== control.defaultValue) properties.push([control.name, control.value + (control.dataset.unit ?? '')]);
    } else if (ATTRIBUTES.includes(control.name)) {
      attributes.push([control.name, control.value.trim()]);
    }
  }
  return { attributes: attributes.filter(([, value]) => value), properties };
}

let sri = '';

async function render() {
  const { attributes, properties } = settings();
  for (const name of ATTRIBUTES) {
    const pair = attributes.find(([n]) => n === name);
    if (pair) widget.setAttribute(name, pair[1]);
    else widget.removeAttribute(name);
  }
  widget.removeAttribute('style');
  for (const [name, value] of properties) widget.style.setProperty(name, value);
  // The snippet reads the heading and the height of the widget as it now looks.
  await widget.updateComplete;

  const src = scriptUrl.value.trim() || BUNDLE.href;
  const script = `<script src="${escapeHtml(src)}" integrity="${sri}" crossorigin="anonymous"`;
  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const joinUrl = widget.joinUrl;
  // The compact layout shows no heading; its group carries the same words as its name.
  const heading =
    widget.shadowRoot.querySelector('[part~="heading"]')?.textContent ??
    widget.shadowRoot.querySelector('[part~="base"]').getAttribute('aria-label');
  const fallback = joinUrl
    ? `<a href="${escapeHtml(joinUrl)}">${escapeHtml(heading)}</a>`
    : `<strong>${escapeHtml(heading)}</strong>`;
  // Until the script runs, the fallback link holds the widget's place at the previewed height, so the
  // page does not jump when the widget appears.
  const reserve = `  belarus-solidarity:not(:defined) {\n    display: block;\n    min-height: ${Math.ceil(widget.getBoundingClientRect().height)}px;\n  }`;
  const theming = properties.length
    ? `\n  belarus-solidarity {\n${properties.map(([n, v]) => `    ${n}: ${v};`).join('\n')}\n  }`
    : '';
  const style = `<style>\n${reserve}${theming}\n</style>\n`;
  snippet.textContent = `${script} defer></script>\n${style}<belarus-solidarity${attributeText}>\n  ${fallback}\n</belarus-solidarity>`;
  oneLine.textContent = `${script} data-mount${attributes.map(([n, v]) => ` data-${n}="${escapeHtml(v)}"`).join('')}></script>`;
}

form.addEventListener('input', render);
form.addEventListener('change', render);
scriptUrl.addEventListener('input', render);

document.getElementById('reset-style').addEventListener('click', () => {
  for (const control of form.elements) if (control.name?.startsWith('--')) control.value = control.defaultValue;
  render();
});

const width = document.getElementById('width');
width.addEventListener('input', () => {
  stage.style.width = `${width.value}px`;
  document.getElementById('width-value').textContent = `${width.value} px`;
  render();
});

document.getElementById('preview-at').addEventListener('change', (event) => {
  const value = event.target.value;
  previewAt(value ? new Date(value).getTime() : null);
});
for (const button of document.querySelectorAll('[data-preview]')) {
  button.addEventListener('click', () => {
    const which = button.dataset.preview;
    previewAt(which === 'eve' ? nextSolidarityDay(10_000) : which === 'day' ? nextSolidarityDay() + 12 * 3_600_000 : null);
  });
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      getSelection().selectAllChildren(document.getElementById(button.dataset.copy));
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}

const [hash, packageVersion] = await Promise.all([integrity(), version()]);
sri = hash;
scriptUrl.value = `https://cdn.jsdelivr.net/npm/belarus-solidarity@${packageVersion}/dist/belarus-solidarity.js`;
await previewAt(null);
document.documentElement.dataset.ready = '';
