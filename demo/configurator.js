// The configurator: every control sets an attribute or a custom property on the live widget, and the
// snippet below it is written from the same settings, so what a partner copies is what they previewed.
// The page speaks the reader's language (their browser's, or the one they choose at the top); the snippet
// is the same in every language of the page.
import { countdownAt, solidarityDayStart } from '../dist/esm/countdown.js';
import { EVERY_LANGUAGE, supportedLanguage } from '../dist/esm/i18n/index.js';
import { REVIEWED_BY } from '../dist/esm/i18n/generated/reviews.js';
import { NO_OPTIONS, resolveOptions } from '../dist/esm/options.js';
import { PLATFORMS } from './platforms.js';
import { WIDTHS, heightRule } from './reserve.js';
import { TEXTS } from './texts.js';

const widget = document.getElementById('widget');
const form = document.getElementById('options');
const stage = document.getElementById('stage');
const snippet = document.getElementById('snippet');
const oneLine = document.getElementById('one-line');
const scriptUrl = document.getElementById('script-url');
const slider = document.getElementById('width');
const previewField = document.getElementById('preview-at');
const pageFont = document.getElementById('page-font');
const platformChoice = document.getElementById('platform');
const steps = document.getElementById('steps');
const cors = document.getElementById('cors');

const pageLanguageChoice = document.getElementById('page-language');
const widgetLanguageChoice = form.elements.namedItem('lang');

/**
 * The texts the script writes, in English, should the page's texts not load (the page's own are English in
 * index.html); once loaded, every text of the page's language (each catalog is complete, English's too).
 */
const english = {
  ...TEXTS,
  ...Object.fromEntries(Object.entries(PLATFORMS).flatMap(([id, { name, steps }]) => [[`platform-${id}`, name], [`steps-${id}`, steps]])),
};
let texts = english;

/** A text of the page in its language, its {names} filled in. */
const text = (name, values = {}) => texts[name].replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '…');

/** The script of the configurator in `language` (a classic script: it loads from a copy saved to disk too). */
function loadTexts(language) {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: `${filesAt}configurator/${language}.js` });
    script.onload = () => {
      script.remove();
      resolve(self.belarusSolidarityConfigurator);
    };
    script.onerror = () => reject(new Error(`The configurator's texts in ${language} did not load`));
    document.head.append(script);
  });
}

/**
 * The language the reader asked for (`?lang=` in the address, as the switch leaves it), else the first of
 * their browser's languages the widget speaks, else English.
 */
function readersLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  for (const tag of [asked, ...navigator.languages].filter(Boolean)) {
    // Norwegian is written in Bokmål, or by Nynorsk readers who read Bokmål.
    const language = /^(no|nn)\b/i.test(tag) ? 'nb' : supportedLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** Puts the page in `language`: every text, the languages' names in both menus, and the page's lang. */
async function speak(language) {
  const loaded = await loadTexts(language);
  texts = loaded.texts;
  const { names, reviewedBy } = loaded;
  for (const element of document.querySelectorAll('[data-text]')) element.innerHTML = text(element.dataset.text);
  for (const element of document.querySelectorAll('[data-text-placeholder]')) element.placeholder = text(element.dataset.textPlaceholder);
  for (const select of [pageLanguageChoice, widgetLanguageChoice]) {
    const chosen = select.value;
    for (const option of [...select.options]) if (option.value) option.remove();
    for (const code of EVERY_LANGUAGE) select.add(new Option(names[code], code));
    select.value = select === pageLanguageChoice ? language : chosen;
  }
  const platform = platformChoice.value;
  platformChoice.replaceChildren(...Object.entries(PLATFORMS).map(([id, { name }]) => new Option(texts[`platform-${id}`] ?? name, id)));
  if (platform) platformChoice.value = platform;
  document.getElementById('page-language-status').hidden = language === 'en' || Boolean(reviewedBy);
  document.documentElement.lang = language;
  delete document.documentElement.dataset.texts;
}

pageLanguageChoice.addEventListener('change', async () => {
  const language = pageLanguageChoice.value;
  await speak(language);
  // The address keeps the choice, for a reload or a link passed on (a copy on disk may not change it).
  try {
    const address = new URL(location.href);
    address.searchParams.set('lang', language);
    history.replaceState(history.state, '', address);
  } catch {}
  fitSlider();
  render();
});

const ATTRIBUTES = ['lang', 'time-zone', 'theme', 'layout', 'join-url', 'join-label', 'heading-level', 'precision', 'show-days-before'];

// The preview clock: the widget reads Date.now() at every tick, so shifting it shows any instant, live.
const realNow = Date.now.bind(Date);
let shift = 0;
Date.now = () => realNow() + shift;

/** The zone the widget counts in: its time-zone, else the visitor's (here, the browser's). */
const widgetZone = () => widget.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;

const wallClockFormats = new Map();
/** The wall clock of `zone` at `instant`, as a datetime-local value. */
function wallClock(instant, zone) {
  if (!wallClockFormats.has(zone)) {
    const format = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' };
    wallClockFormats.set(zone, new Intl.DateTimeFormat('en-CA', { ...format, timeZone: zone, hourCycle: 'h23' }));
  }
  const p = Object.fromEntries(wallClockFormats.get(zone).formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** The instant at which `zone`'s wall clock reads `value` (a datetime-local value). */
function instantOf(value, zone) {
  const [y, mo, d, h, mi, s = 0] = value.split(/\D/).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offset = (t) => Date.parse(`${wallClock(t, zone)}Z`) - Math.floor(t / 1000) * 1000;
  // The offset at the guess, then at the corrected guess: right across DST changes.
  const guess = asUtc - offset(asUtc);
  return asUtc - offset(guess);
}

function showPreviewTime() {
  const zone = widgetZone();
  document.getElementById('preview-zone').textContent = text('time-in', { zone });
  previewField.value = wallClock(Date.now(), zone);
}

function previewAt(instant) {
  shift = instant === null ? 0 : instant - realNow();
  showPreviewTime();
  widget.requestUpdate();
  // The day's message and the countdown differ in height, which the snippet reserves.
  return render();
}

/** The start of the 4 August the widget counts to (or is on), in the widget's own zone. */
function solidarityDay() {
  const zone = widget.timeZone || undefined;
  return solidarityDayStart(countdownAt(realNow(), zone).year, zone);
}

const escapeHtml = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const download = document.getElementById('download');
/** Where the widget's files are, as the page links them (`../dist/` here, beside the page in the built site). */
const filesAt = download.getAttribute('href').replace(/belarus-solidarity\.js$/, '');
const FILE_NAME = /belarus-solidarity(\.[a-z]{2,3})?\.js$/;

/** The file for a language: its own, or for "from the page", the file of every language. */
const fileFor = (language) => (language ? `belarus-solidarity.${language}.js` : 'belarus-solidarity.js');

const facts = new Map();
/**
 * A file a partner downloads (and the CDN serves for this version): its integrity hash and size. The built
 * site writes every file's into its page, so that a copy saved to disk works where nothing can be fetched;
 * under `npm start` they are read from the file itself.
 */
async function fileFacts(file) {
  const written = document.querySelector('meta[name="belarus-solidarity-files"]')?.content;
  if (written) return JSON.parse(written)[file];
  if (!facts.has(file)) {
    const bytes = await (await fetch(filesAt + file, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    facts.set(file, { integrity: `sha384-${btoa(String.fromCharCode(...digest))}`, size: bytes.byteLength });
  }
  return facts.get(file);
}

/** The version the CDN address names. */
async function version() {
  return document.querySelector('meta[name="belarus-solidarity-version"]')?.content ?? (await (await fetch('../package.json')).json()).version;
}

/** What is known of the chosen language's texts: the source, or whether a native speaker has read them. */
function showLanguageStatus(language) {
  const status = document.getElementById('language-status');
  status.hidden = !language;
  status.textContent =
    language === 'en'
      ? text('language-source')
      : REVIEWED_BY[language]
        ? text('language-reviewed', { name: REVIEWED_BY[language] })
        : text('language-draft');
}

/**
 * Offers the file for the chosen language: its download, its size, its CDN address, and, where the partner
 * has not typed a name of their own, its name in the address on their site. Gives its integrity hash.
 */
async function offerFile(language) {
  const file = fileFor(language);
  const { integrity, size } = await fileFacts(file);
  download.href = filesAt + file;
  download.download = file;
  download.textContent = text('download', { file });
  document.getElementById('file-size').textContent = text(language ? 'size-one' : 'size-every', { size: Math.round(size / 1024) });
  cdnUrl = `https://cdn.jsdelivr.net/npm/belarus-solidarity@${cdnVersion}/dist/${file}`;
  document.getElementById('cdn-url').textContent = cdnUrl;
  if (FILE_NAME.test(scriptUrl.value)) scriptUrl.value = scriptUrl.value.replace(FILE_NAME, file);
  return integrity;
}

function settings() {
  const attributes = [];
  const properties = [];
  for (const control of form.elements) {
    if (!control.name || control.value === '') continue;
    if (control.name.startsWith('--')) {
      // Only what the partner changed goes into the snippet; the rest stays with the theme.
      if (control.value !== defaultOf(control)) properties.push([control.name, control.value + (control.dataset.unit ?? '')]);
    } else if (ATTRIBUTES.includes(control.name)) {
      attributes.push([control.name, control.value.trim()]);
    }
  }
  return { attributes: attributes.filter(([, value]) => value), properties };
}

/** A control's value as the page first had it (a select has no defaultValue of its own). */
function defaultOf(control) {
  if (control instanceof HTMLSelectElement) return ([...control.options].find((o) => o.defaultSelected) ?? control.options[0]).value;
  return control.defaultValue;
}

/**
 * A link the partner typed for their message, kept as typed, if the widget itself would accept it as a
 * join link (the same check: http, https or mailto, as the browser would parse it).
 */
function safeLink(value) {
  const { options } = resolveOptions({ ...NO_OPTIONS, joinUrl: value }, { lang: null, ownLang: null, baseUrl: location.href });
  return options.joinUrl ? value.trim() : '';
}

/** The partner's own heading and message, as typed: plain text, and a link if there is a safe one. */
function words() {
  const field = (name) => form.elements.namedItem(name).value.trim();
  const link = safeLink(field('slot-message-url'));
  return { heading: field('slot-heading'), message: field('slot-message'), link, linkText: field('slot-message-link') || link };
}

/** Puts the partner's words into a widget as its slotted children, made with text only. */
function slotWords(target, { heading, message, link, linkText }) {
  for (const child of [...target.children]) if (child.slot) child.remove();
  if (heading) target.append(Object.assign(document.createElement('span'), { slot: 'heading', textContent: heading }));
  if (message || link) {
    const p = Object.assign(document.createElement('p'), { slot: 'message', textContent: message });
    if (link) {
      if (message) p.append(' ');
      p.append(Object.assign(document.createElement('a'), { href: link, textContent: linkText }));
    }
    target.append(p);
  }
}

/** The same words as snippet markup, every piece escaped. */
function wordsMarkup({ heading, message, link, linkText }) {
  const lines = [];
  if (heading) lines.push(`<span slot="heading">${escapeHtml(heading)}</span>`);
  if (message || link) {
    const anchor = link ? `<a href="${escapeHtml(link)}">${escapeHtml(linkText)}</a>` : '';
    lines.push(`<p slot="message">${[escapeHtml(message), anchor].filter(Boolean).join(' ')}</p>`);
  }
  return lines.map((line) => `  ${line}\n`).join('');
}

/**
 * The WordPress plugin's shortcode for the same settings. A shortcode ends at the first `]`, and its values
 * are in double quotes, so brackets become parentheses and double quotes typographic ones. The message's
 * link has no place in a shortcode; the block takes the words alone too.
 */
function shortcode(attributes, { heading, message }) {
  const value = (text) => text.replace(/\[/g, '(').replace(/]/g, ')').replace(/"/g, '”');
  const options = [...attributes, ['heading', heading], ['message', message]].filter(([, text]) => text);
  return `[belarus_solidarity${options.map(([name, text]) => ` ${name.replaceAll('-', '_')}="${value(text)}"`).join('')}]`;
}

let sri = '';
let cdnUrl = '';
let cdnVersion = '';

/** A hidden widget with the same settings, for measuring the height at each column width. */
const measured = document.createElement('belarus-solidarity');
const ruler = Object.assign(document.createElement('div'), { ariaHidden: 'true', inert: true });
ruler.style.cssText = 'position: absolute; left: -10000px; top: 0; visibility: hidden';
ruler.append(measured);
document.body.append(ruler);

// A builder's frame gets the widget without its calendar button (see render): measured so too.
const frameRule = document.createElement('style');
frameRule.textContent = '.in-frame belarus-solidarity::part(calendar) { display: none; }';
document.head.append(frameRule);

/** The widget's height at every column width, as previewed, with the page's font (and as in a frame). */
async function heights(widths = WIDTHS, inFrame = false) {
  ruler.classList.toggle('in-frame', inFrame);
  for (const name of ATTRIBUTES) {
    if (widget.hasAttribute(name)) measured.setAttribute(name, widget.getAttribute(name));
    else measured.removeAttribute(name);
  }
  measured.setAttribute('style', widget.getAttribute('style') ?? '');
  slotWords(measured, words());
  ruler.style.fontFamily = getComputedStyle(stage).fontFamily;
  measured.requestUpdate();
  await measured.updateComplete;
  return widths.map((width) => {
    ruler.style.width = `${width}px`;
    return [width, measured.getBoundingClientRect().height];
  });
}

let renders = 0;
let lastHeading = '';

/**
 * Renders, and marks the snippet `data-pending` until the latest settings are written into it (the file's
 * facts may be fetched first), so that whoever reads it, a test among them, can wait for it.
 */
let pending = 0;
async function render() {
  pending++;
  snippet.dataset.pending = '';
  try {
    await renderNow();
  } finally {
    if (--pending === 0) delete snippet.dataset.pending;
  }
}

async function renderNow() {
  // Controls fire in quick succession; only the latest settings may write the snippet.
  const current = ++renders;
  const { attributes, properties } = settings();
  for (const name of ATTRIBUTES) {
    const pair = attributes.find(([n]) => n === name);
    if (pair) widget.setAttribute(name, pair[1]);
    else widget.removeAttribute(name);
  }
  widget.removeAttribute('style');
  for (const [name, value] of properties) widget.style.setProperty(name, value);
  const partnerWords = words();
  slotWords(widget, partnerWords);
  const scheduled = widget.showDaysBefore !== null;
  document.getElementById('schedule-note').hidden = !scheduled;
  // The snippet reads the heading and the height of the widget as it now looks.
  await widget.updateComplete;
  if (current !== renders) return;
  showPreviewTime();

  // A language chosen gets the file of that language alone; "from the page" the file of every language.
  const language = attributes.find(([name]) => name === 'lang')?.[1] ?? '';
  showLanguageStatus(language);
  const integrity = await offerFile(language);
  if (current !== renders) return;
  sri = integrity;

  const platform = PLATFORMS[platformChoice.value];
  const selfHosted = document.querySelector('input[name="source"]:checked').value === 'self';
  const src = selfHosted ? scriptUrl.value.trim() || 'belarus-solidarity.js' : cdnUrl;
  // A file on another site than the page runs with its hash only if that site allows it (jsDelivr does).
  const crossSite = selfHosted && (platform.elsewhere || /^([a-z]+:)?\/\//i.test(src));
  const hashed = !crossSite || cors.checked;
  showPlatform(platformChoice.value, platform, crossSite, selfHosted);
  // On the platform's servers, an address without its site would point to the platform.
  document.getElementById('full-address').hidden = !(selfHosted && platform.elsewhere && !/^([a-z]+:)?\/\//i.test(src));

  const script = `<script src="${escapeHtml(src)}"${hashed ? ` integrity="${sri}" crossorigin="anonymous"` : ''}`;
  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  // The link as the partner typed it (a relative one stays relative to their page), if the widget takes it.
  const joinUrl = widget.joinUrl ? (attributes.find(([name]) => name === 'join-url')?.[1] ?? '') : '';
  // The partner's heading if they wrote one, else the widget's. The compact layout shows no heading; its
  // group carries the same words as its name. Off season the widget renders nothing: the last one read.
  const shownHeading =
    widget.shadowRoot.querySelector('[part~="heading"]')?.textContent ??
    widget.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-label');
  if (shownHeading) lastHeading = shownHeading;
  const heading = partnerWords.heading || lastHeading;
  const fallback = joinUrl
    ? `<a href="${escapeHtml(joinUrl)}">${escapeHtml(heading)}</a>`
    : `<strong>${escapeHtml(heading)}</strong>`;
  const element = `<belarus-solidarity${attributeText}>\n${wordsMarkup(partnerWords)}  ${fallback}\n</belarus-solidarity>`;
  const theming = properties.length
    ? `\n  belarus-solidarity {\n${properties.map(([n, v]) => `    ${n}: ${v};`).join('\n')}\n  }`
    : '';
  oneLine.textContent = `${script} data-mount${attributes.map(([n, v]) => ` data-${n}="${escapeHtml(v)}"`).join('')}></script>`;

  if (platform.form === 'shortcode') {
    snippet.textContent = shortcode(attributes, partnerWords);
  } else if (platform.form === 'link') {
    snippet.textContent = plainLink(heading, joinUrl);
  } else if (platform.form === 'one-line') {
    snippet.textContent = oneLine.textContent;
  } else if (platform.form === 'frame') {
    // The builder's frame is a page of its own, on another origin, whose height the partner sets: the
    // widget fills it from edge to edge in the font it was measured in. Its links open a new tab (in the
    // frame they would replace the widget), and the calendar file, which such a frame may not download, is
    // left to the Google and Outlook.com links.
    const width = Number(slider.value);
    const [[, height]] = await heights([width], true);
    if (current !== renders) return;
    const font = getComputedStyle(stage).fontFamily.replace(/[<>]/g, '');
    steps.innerHTML = text(`steps-${platformChoice.value}`, { width, height: Math.ceil(height) });
    snippet.textContent =
      `<base target="_blank">\n<style>\n  html, body {\n    margin: 0;\n  }\n  body {\n    font-family: ${font};\n  }\n` +
      `  belarus-solidarity::part(calendar) {\n    display: none;\n  }${theming}\n</style>\n${script} defer></script>\n${element}`;
  } else {
    // Until the script runs, the fallback holds the widget's place at the height it will have in the
    // partner's column, so the page does not jump when the widget appears. A widget on a schedule is out of
    // sight most of the year, so until the script runs it shows nothing rather than a fallback that would
    // go again on every page view off season.
    const reservedHeight = scheduled ? '' : heightRule(await heights());
    if (current !== renders) return;
    // One line, its comment first: a partner reads what it is for, and the numbers do not look like an error.
    const reserve = scheduled
      ? '<style>/* Out of sight until its script runs: it shows only in the days before 4 August */ belarus-solidarity:not(:defined){display:none}</style>'
      : "<style>/* Keeps the widget's room until its script runs, so the page does not move */ " +
        `belarus-solidarity:not(:defined){display:flow-root}belarus-solidarity:not(:defined)::before{content:"";float:left;padding-top:${reservedHeight}}</style>`;
    const look = theming ? `\n<style>${theming}\n</style>` : '';
    snippet.textContent = `${script} defer></script>\n${reserve}${look}\n${element}`;
  }
}

/** Shows what the chosen platform needs: its steps, and only the choices that matter there. */
function showPlatform(id, platform, crossSite, selfHosted) {
  steps.innerHTML = platform.steps ? text(`steps-${id}`) : '';
  steps.hidden = !platform.steps;
  const script = !['shortcode', 'link'].includes(platform.form);
  document.getElementById('wordpress-steps').hidden = platform.form !== 'shortcode';
  document.getElementById('file-steps').hidden = !script || !selfHosted;
  document.querySelector('fieldset.source').hidden = !script;
  document.getElementById('cors-choice').hidden = document.getElementById('cors-note').hidden = !crossSite;
  document.getElementById('script-only').hidden = platform.form !== 'snippet';
  // Menu names stay in English where the page is not: it says so.
  const menus = platform.form === 'shortcode' || /<b>/.test(steps.innerHTML);
  document.getElementById('menu-names').hidden = document.documentElement.lang === 'en' || !menus;
}

/** The day's name and date with the join link, for places that run no script. */
function plainLink(heading, joinUrl) {
  // English as the widget writes it: 4 August.
  const lang = (widget.closest('[lang]')?.lang || 'en').replace(/^en\b.*/, 'en-GB');
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2011, 7, 4));
  return [`${day}: ${heading}`, joinUrl].filter(Boolean).join('\n');
}

form.addEventListener('input', render);
form.addEventListener('change', render);
scriptUrl.addEventListener('input', render);
for (const radio of document.querySelectorAll('input[name="source"]')) radio.addEventListener('change', render);
platformChoice.addEventListener('change', render);
cors.addEventListener('change', render);
pageFont.addEventListener('input', () => {
  stage.style.fontFamily = pageFont.value;
  render();
});

document.getElementById('reset-style').addEventListener('click', () => {
  for (const control of form.elements) if (control.name?.startsWith('--')) control.value = defaultOf(control);
  render();
});

/** The widest column the preview has room for: the slider never goes past the screen. */
function fitSlider() {
  const frame = stage.parentElement;
  const chrome = stage.offsetWidth - stage.clientWidth + parseFloat(getComputedStyle(stage).paddingLeft) * 2;
  const room = Math.floor((frame.clientWidth - chrome) / 10) * 10;
  slider.max = String(Math.max(Number(slider.min), Math.min(1200, room)));
  if (Number(slider.value) > Number(slider.max)) slider.value = slider.max;
  stage.style.width = `${slider.value}px`;
  document.getElementById('width-value').textContent = text('width-value', { width: slider.value });
}
slider.addEventListener('input', () => {
  fitSlider();
  render();
});
// The frame's width follows the window (and the layout's switch to one column on a phone).
window.addEventListener('resize', fitSlider);

previewField.addEventListener('change', () => {
  previewAt(previewField.value ? instantOf(previewField.value, widgetZone()) : null);
});
for (const button of document.querySelectorAll('[data-preview]')) {
  button.addEventListener('click', () => {
    const which = button.dataset.preview;
    previewAt(which === 'eve' ? solidarityDay() - 10_000 : which === 'day' ? solidarityDay() + 12 * 3_600_000 : null);
  });
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy).textContent;
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = text('copied');
    } catch {
      getSelection().selectAllChildren(document.getElementById(button.dataset.copy));
      button.textContent = text('copy-by-hand');
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}

document.getElementById('show-names').addEventListener('change', (event) => {
  document.body.classList.toggle('show-names', event.target.checked);
});

async function start() {
  await speak(readersLanguage()).catch((error) => {
    // English, as the page has it, rather than no page.
    delete document.documentElement.dataset.texts;
    console.error(error);
  });
  cdnVersion = await version();
  fitSlider();
  await previewAt(null);
  document.documentElement.dataset.ready = '';
}
start();
