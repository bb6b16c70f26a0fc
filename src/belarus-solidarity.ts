import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { CALENDAR_FILE_NAME, calendarLinks, icsFor } from './calendar.js';
import { countdownAt, scheduleAt, type Countdown, type Precision } from './countdown.js';
import {
  cached,
  catalogs,
  formatDuration,
  inheritedLang,
  unitForms,
  unitWord,
  type Messages,
  type Unit,
} from './i18n/index.js';
import { deliverLangChanges } from './lang-observer.js';
import { LiveController } from './live.js';
import { NO_OPTIONS, resolveOptions, warnOnce, type Layout, type Options, type RawOptions, type Theme } from './options.js';
import { styles } from './belarus-solidarity.styles.js';

export { LAYOUTS, PRECISIONS, THEMES, type Layout, type Theme } from './options.js';
export type { Precision } from './countdown.js';

/** The attributes a partner can set; auto-mount copies exactly these from its script tag. */
export const ATTRIBUTES = [
  'join-url',
  'join-label',
  'time-zone',
  'theme',
  'layout',
  'heading-level',
  'show-days-before',
  'precision',
  'lang',
] as const;

/** The units on 4 August, when the countdown shows the day's message instead. */
const NO_UNITS = { days: '', hours: '', minutes: '', seconds: '' } as const;

/** Calendar links by year, language and join link, for every widget on the page. */
const calendarLinksMade = new Map<string, { google: string; outlook: string }>();

/** The options of one widget resolved from the raw values and the page around it, with what went in. */
interface Resolved {
  raw: RawOptions;
  lang: string | null;
  ownLang: string | null;
  baseUrl: string;
  options: Options;
  warnings: string[];
}

/**
 * A live countdown to 4 August, the International Day of Solidarity with Civil Society of Belarus, with a
 * summary of the appeal that founded the day and a link to join.
 *
 * @summary Countdown to 4 August and the appeal of the International Day of Solidarity with Belarus.
 *
 * @tagname belarus-solidarity
 *
 * @attr lang - Language of the widget. Default: the nearest ancestor's `lang`, else English.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The heading.
 * @csspart countdown - The countdown (`role="timer"`); on 4 August it holds the "today" message.
 * @csspart days - The number of days left.
 * @csspart hours - The number of hours left.
 * @csspart minutes - The number of minutes left.
 * @csspart seconds - The number of seconds left.
 * @csspart summary - The summary of the appeal.
 * @csspart read-more - The disclosure (its button, then once opened the rest of the appeal and "how to join").
 * @csspart join - The join link (or, without `join-url`, the button that opens "how to join").
 * @csspart calendar - The button that saves 4 August as a yearly event in the visitor's calendar (.ics).
 * @csspart calendar-link - Each of the links that open the event prefilled in Google Calendar and Outlook.com.
 * @csspart message - The partner's `slot="message"` content, as a box (the slot itself); hidden without it.
 *
 * @slot heading - Replaces the heading's text; the heading element, its level and its part stay. The
 * compact layout has no visible heading.
 * @slot message - The partner's own paragraph (a local event, say): below the summary in the card, a line
 * under the strip in the banner, below the countdown in compact. Styled by the page, like any of its content.
 *
 * @cssstate today - Present during the whole of 4 August in the widget's time zone.
 * @cssstate off-season - Present while `show-days-before` hides the widget (it then has no box at all).
 *
 * @cssprop [--solidarity-accent=#b3121f] - Accent color: the stripe, the numbers and the join button.
 * @cssprop [--solidarity-on-accent=#ffffff] - Text on the accent color.
 * @cssprop [--solidarity-background=#ffffff] - Background.
 * @cssprop [--solidarity-color=#1c1c1c] - Text color.
 * @cssprop [--solidarity-muted=#595959] - Secondary text.
 * @cssprop [--solidarity-border=#d4d4d8] - Border color.
 * @cssprop [--solidarity-radius=0.5rem] - Corner radius.
 * @cssprop [--solidarity-spacing=1rem] - Space inside the box and between its pieces.
 * @cssprop [--solidarity-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--solidarity-number-font-family=inherit] - Font of the countdown's numbers.
 *
 * @fires {null} solidarity-day - A CustomEvent with no detail, when the countdown reaches 4 August while the
 * page is open. Bubbles, composed.
 */
export class BelarusSolidarity extends LitElement {
  static override styles = styles;

  /**
   * Every option is a reactive property with its own accessors (Lit's "custom property accessors"): the
   * setter keeps the raw value, from an attribute or a property, set before or after the script loaded; the
   * getter gives the value in use. Lit observes the attributes and takes over values set before upgrade.
   */
  static override properties = {
    joinUrl: { attribute: 'join-url', noAccessor: true },
    joinLabel: { attribute: 'join-label', noAccessor: true },
    timeZone: { attribute: 'time-zone', noAccessor: true },
    theme: { noAccessor: true },
    layout: { noAccessor: true },
    headingLevel: { attribute: 'heading-level', noAccessor: true },
    showDaysBefore: { attribute: 'show-days-before', noAccessor: true },
    precision: { noAccessor: true },
  };

  /**
   * Where the join link goes: an http, https or mailto URL. Anything else is ignored with a warning.
   * Without it, the join control opens the appeal's "how to join" text inside the widget. Reads back as
   * the absolute URL in use, `''` when unset or unsafe.
   * @attr join-url
   * @default ''
   */
  get joinUrl(): string {
    return this.#resolve().options.joinUrl;
  }
  set joinUrl(value: string | URL | null | undefined) {
    this.#set('joinUrl', value);
  }

  /**
   * Text of the join link. Reads back `''` when unset: the language's "Join the day of solidarity" shows.
   * @attr join-label
   * @default ''
   */
  get joinLabel(): string {
    return this.#resolve().options.joinLabel;
  }
  set joinLabel(value: string | null | undefined) {
    this.#set('joinLabel', value);
  }

  /**
   * IANA time zone whose midnight starts 4 August, e.g. `Europe/Minsk`. Reads back as the canonical name
   * in use, `''` when unset or unknown: the visitor's own zone.
   * @attr time-zone
   * @default ''
   */
  get timeZone(): string {
    return this.#resolve().options.timeZone;
  }
  set timeZone(value: string | null | undefined) {
    this.#set('timeZone', value);
  }

  /**
   * `light`, `dark`, or `auto` to follow the visitor's `prefers-color-scheme`.
   * @attr theme
   * @default 'light'
   */
  get theme(): Theme {
    return this.#resolve().options.theme;
  }
  set theme(value: Theme | string | null | undefined) {
    this.#set('theme', value);
  }

  /**
   * `card` (everything), `banner` (a strip for the top or bottom of a page) or `compact` (countdown and
   * join, for sidebars).
   * @attr layout
   * @default 'card'
   */
  get layout(): Layout {
    return this.#resolve().options.layout;
  }
  set layout(value: Layout | string | null | undefined) {
    this.#set('layout', value);
  }

  /**
   * Level of the widget's heading, 1 to 6, to fit the page's outline.
   * @attr heading-level
   * @default 2
   */
  get headingLevel(): number {
    return this.#resolve().options.headingLevel;
  }
  set headingLevel(value: number | string | null | undefined) {
    this.#set('headingLevel', value);
  }

  /**
   * Show the widget only from this many days before 4 August (0 to 365) through the end of the day, in
   * its time zone; the rest of the year it takes no space. Reads back `null` when unset or bad: all year.
   * @attr show-days-before
   * @default null
   */
  get showDaysBefore(): number | null {
    return this.#resolve().options.showDaysBefore;
  }
  set showDaysBefore(value: number | string | null | undefined) {
    this.#set('showDaysBefore', value);
  }

  /**
   * The finest unit the countdown shows and so how often it changes: `second`, `minute` or `day`. A
   * visitor who prefers reduced motion never sees seconds.
   * @attr precision
   * @default 'second'
   */
  get precision(): Precision {
    return this.#resolve().options.precision;
  }
  set precision(value: Precision | string | null | undefined) {
    this.#set('precision', value);
  }

  /** Attached when a state is first set: most widgets never have one, and internals cost each memory. */
  #internals: ElementInternals | undefined;
  #raw: RawOptions = NO_OPTIONS;
  #resolved: Resolved | undefined;
  /** The options this render uses, fixed in willUpdate. */
  #options!: Options;
  #countdown: Countdown | undefined;
  #reachedTheDay = false;
  /** The year whose 4 August the widget has shown. */
  #dayOf = 0;
  #appealShown = false;
  #appealOpen = false;
  /** Whether the options must be resolved again: a tick alone never needs it. */
  #optionsStale = true;

  /** The precision in use: the partner's, unless the visitor prefers reduced motion. */
  #shownPrecision: Precision = 'second';
  /** The language whose unit forms the words hold room for, `''` outside the banner. */
  #wordFormsOf = '';
  /** Whether the partner gave a `slot="message"` child. */
  #hasMessage = false;
  /** Whether the schedule (`show-days-before`) shows the widget now. */
  #shown = true;
  /** When the schedule next shows or hides the widget; `undefined` without a schedule. */
  #scheduleChange: number | undefined;
  readonly #live = new LiveController(this, () => (this.#optionsStale = true));

  /** Raw values are kept as given (the getters and willUpdate resolve them) and compared as given. */
  #set(name: keyof RawOptions, value: unknown): void {
    const old = this.#raw[name];
    this.#raw = { ...this.#raw, [name]: value };
    this.#optionsStale = true;
    this.requestUpdate(name, old, undefined, true, value);
  }

  /** The options for the raw values and the page around the widget now, resolved again only when one changed. */
  #resolve(): Resolved {
    const lang = inheritedLang(this);
    const ownLang = this.getAttribute('lang');
    const baseUrl = document.baseURI;
    const r = this.#resolved;
    if (r && r.raw === this.#raw && r.lang === lang && r.ownLang === ownLang && r.baseUrl === baseUrl) return r;
    return (this.#resolved = { raw: this.#raw, lang, ownLang, baseUrl, ...resolveOptions(this.#raw, { lang, ownLang, baseUrl }) });
  }

  protected override getUpdateComplete(): Promise<boolean> {
    deliverLangChanges();
    return super.getUpdateComplete();
  }

  protected override willUpdate(): void {
    const previousZone = this.#options?.timeZone;
    // Ticks, the most frequent update by far, skip reading the page: only a setting, a lang change or a
    // move can change the options.
    if (this.#optionsStale) {
      this.#optionsStale = false;
      const { options, warnings } = this.#resolve();
      warnings.forEach(warnOnce);
      this.#options = options;
      // Known before the first render; later changes of the children arrive by slotchange.
      this.#hasMessage = this.#messageGiven();
    }
    const { timeZone, precision, showDaysBefore } = this.#options;
    const zone = timeZone || undefined;
    const now = Date.now();
    // The visitor's wish for less motion wins over the partner's precision: never seconds.
    this.#shownPrecision = precision === 'second' && this.#live.reducedMotion ? 'minute' : precision;
    const countdown = countdownAt(now, zone, this.#shownPrecision);
    const schedule = scheduleAt(now, zone, showDaysBefore, countdown);
    this.#shown = schedule?.shown ?? true;
    this.#scheduleChange = schedule?.nextChange;
    // Each year's day is reached once: by time passing or by the clock set into it, not by a change of the
    // widget's zone that lands on it, nor by a first render on it, nor again after the clock went out and back.
    const { today, year } = countdown;
    this.#reachedTheDay = today && this.#dayOf !== year && timeZone === previousZone;
    if (today) this.#dayOf = year;
    this.#countdown = countdown;
  }

  protected override updated(): void {
    this.#holdWordForms();
    this.#setState('today', this.#countdown!.today);
    this.#setState('off-season', !this.#shown);
    // Woken when the display changes next, if it can be seen; out of sight or off season, only when the
    // schedule changes (never, without one).
    const display = this.#shown && this.#live.inSight ? this.#countdown!.nextChange : Infinity;
    this.#live.wakeAt(Math.min(display, this.#scheduleChange ?? Infinity));
    if (this.#reachedTheDay) {
      this.dispatchEvent(new CustomEvent('solidarity-day', { bubbles: true, composed: true }));
    }
  }

  // Texts that change only with the language are set as textContent, not as child parts: a child part
  // costs each widget a marker node and its bookkeeping.
  protected override render(): TemplateResult | typeof nothing {
    // Off season the widget has no content and, by its styles, no box: nothing to see, focus or hear.
    if (!this.#shown) return nothing;
    const { language, layout, theme, headingLevel } = this.#options;
    const m = catalogs[language];
    const countdown = this.#countdown!;
    const { today } = countdown;
    // To the day, only days are shown; the spoken sentence never has seconds, so it changes at most once a
    // minute (once a day to the day). The units left out stay in the template, empty: the styles hide them,
    // and all of them on 4 August, when the sentence is the day's message, shown.
    const { days, hours, minutes, seconds } = today ? NO_UNITS : countdown;
    const byDay = this.#shownPrecision === 'day';
    const bySecond = this.#shownPrecision === 'second';
    const spoken = countdown.today
      ? m.today
      : m.timeLeft(formatDuration(language, byDay ? [['days', countdown.days]] : [['days', countdown.days], ['hours', countdown.hours], ['minutes', countdown.minutes]]));
    const word = (unit: Unit, n: number | '') => (n === '' ? '' : unitWord(language, unit, n));
    // The frame is, in the banner, the container its strip queries; the fill beside it gives the host its
    // natural width, which a container cannot (see the styles). The countdown is in this one template, not a
    // template of its own: each costs every widget an instance and marker nodes. Its units are written out
    // rather than mapped for the same reason. Numbers and words are siblings in two halves (days and
    // hours, minutes and seconds), without a box around each pair: the styles put the words on the line
    // under their numbers and the halves side by side or, in narrow columns, one over the other; each is
    // hidden from assistive technology, which reads the sentence instead. Only the seconds, which change
    // every second, are a child part (its text node changes in place); the rest change at most once a
    // minute and are set as textContent, which costs no marker node.
    return html`<div class="frame ${layout}-frame">
      <div
        part="base"
        class="base ${layout} ${theme}"
        lang=${language}
        role="group"
        aria-labelledby=${layout === 'compact' ? nothing : 'heading'}
        aria-label=${layout === 'compact' ? m.heading : nothing}
        @click=${this.#onClick}
      >
        ${layout === 'compact'
          ? nothing
          : html`<div role="heading" aria-level=${headingLevel} part="heading" class="heading" id="heading"><slot name="heading" .textContent=${m.heading}></slot></div>`}
        <div part="countdown" role="timer" class="countdown ${today ? 'today' : `units ${this.#shownPrecision}`}">
          <span class="spoken" .textContent=${spoken}></span>
          <span class="half">
            <span part="days" class="number" aria-hidden="true" .textContent=${days}></span><span class="word" aria-hidden="true" .textContent=${word('days', days)}></span>
            <span part="hours" class="number" aria-hidden="true" .textContent=${byDay ? '' : hours}></span><span class="word" aria-hidden="true" .textContent=${byDay ? '' : word('hours', hours)}></span>
          </span>
          <span class="half">
            <span part="minutes" class="number" aria-hidden="true" .textContent=${byDay ? '' : minutes}></span><span class="word" aria-hidden="true" .textContent=${byDay ? '' : word('minutes', minutes)}></span>
            <span part="seconds" class="number" aria-hidden="true">${bySecond ? seconds : ''}</span><span class="word" aria-hidden="true" .textContent=${bySecond ? word('seconds', seconds) : ''}></span>
          </span>
        </div>
        <p part="summary" class="summary" .textContent=${layout === 'card' ? m.summary : ''}></p>
        <slot name="message" part="message" class="message" ?hidden=${!this.#hasMessage} @slotchange=${this.#onSlotChange}></slot>
        ${layout === 'card' || this.#appealShown ? this.#renderAppeal(m) : nothing}
        <div class="actions">
          ${this.#renderJoin(m)}${layout === 'compact' ? nothing : this.#renderCalendar(m)}
        </div>
      </div>
    </div>
    <div class="fill">M M</div>`;
  }

  /**
   * The rest of the appeal behind a disclosure button: built only once it is opened, as most visitors never
   * open it. A button rather than <details>: the element's own shadow tree and styles cost every card a
   * sixth of its memory.
   */
  #renderAppeal(m: Messages): TemplateResult {
    const subLevel = Math.min(this.#options.headingLevel + 1, 6);
    return html`
      <div part="read-more" class="more">
        <button type="button" aria-expanded=${this.#appealOpen} .textContent=${m.readMore}></button>
        ${this.#appealOpen
          ? html`<p>${m.contrastsIntro}</p>
              <ul>
                ${m.contrasts.map((line) => html`<li>${line}</li>`)}
              </ul>
              <div role="heading" aria-level=${subLevel} class="subheading" id="how-to-join" tabindex="-1">${m.howToJoin}</div>
              <ul>
                ${m.actions.map((line) => html`<li>${line}</li>`)}
              </ul>`
          : nothing}
      </div>
    `;
  }

  /**
   * One listener on the box for all of the widget's buttons, rather than one on each: each costs every
   * widget memory. A click in the partner's slotted content is the partner's, whatever it holds.
   */
  async #onClick(event: Event): Promise<void> {
    const button = (event.target as Element).closest('button');
    if (!button || !this.renderRoot.contains(button)) return;
    const join = button.className === 'join';
    if (button.className === 'calendar') return this.#downloadCalendar();
    // Without a join URL, the join control shows the appeal's own answer: the two kinds of action.
    if (join) this.#appealShown = true;
    this.#appealOpen = join || !this.#appealOpen;
    this.requestUpdate();
    if (!join) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#how-to-join')!.focus();
  }

  #renderJoin(m: Messages): TemplateResult {
    const { joinUrl, joinLabel } = this.#options;
    const label = joinLabel || m.joinLabel;
    // noreferrer: the join site need not learn which page the visitor came from.
    if (joinUrl) return html`<a part="join" class="join" href=${joinUrl} rel="noreferrer" .textContent=${label}></a>`;
    return html`<button part="join" class="join" type="button" .textContent=${label}></button>`;
  }

  /**
   * The .ics button, and beside it the same event as Google Calendar and Outlook.com links, for browsers
   * that cannot open a file. The links depend on the year, the language and the join link only, so the
   * widgets of a page that share those share one pair, made once.
   */
  #renderCalendar(m: Messages): TemplateResult {
    const { language, joinUrl } = this.#options;
    const { google, outlook } = cached(calendarLinksMade, `${this.#countdown!.year} ${language} ${joinUrl}`, () => calendarLinks(this.#calendarEvent()));
    return html`<button part="calendar" class="calendar" id="calendar" type="button" .textContent=${m.addToCalendar}></button>
      <span class="calendar-links" role="group" aria-labelledby="calendar"
        ><a part="calendar-link" href=${google} target="_blank" rel="noreferrer">Google</a>
        <a part="calendar-link" href=${outlook} target="_blank" rel="noreferrer">Outlook.com</a></span
      >`;
  }

  #calendarEvent(): { year: number; title: string; description: string; url: string | null } {
    const { language, joinUrl } = this.#options;
    const m = catalogs[language];
    return { year: this.#countdown!.year, title: m.heading, description: m.summary, url: joinUrl || null };
  }

  /**
   * Only the banner's columns take their width from the words, so only there must each word hold room for
   * its widest form (the styles show its forms, invisible, from data-forms); in the other layouts the
   * columns are fixed and the word fills its column, and the styles ignore the attribute. Set here when
   * the banner's language changes rather than bound in the template, where four bindings would cost every
   * widget of every layout. Each word follows its number, whose part is the unit's name. Off season the
   * widget has no content, and the forms are set again on the content built when it returns.
   */
  #holdWordForms(): void {
    const forms = this.#shown && this.#options.layout === 'banner' ? this.#options.language : '';
    if (forms === this.#wordFormsOf) return;
    this.#wordFormsOf = forms;
    if (!forms) return;
    for (const word of this.renderRoot.querySelectorAll('.word')) {
      word.setAttribute('data-forms', unitForms(forms, word.previousElementSibling!.getAttribute('part') as Unit));
    }
  }

  #messageGiven(): boolean {
    return !!this.querySelector(':scope > [slot="message"]');
  }

  #onSlotChange(): void {
    if (this.#hasMessage === this.#messageGiven()) return;
    this.#hasMessage = !this.#hasMessage;
    this.requestUpdate();
  }

  /** Hands the visitor an .ics file made here: a Blob URL, so nothing is fetched or sent. */
  #downloadCalendar(): void {
    const ics = icsFor({ ...this.#calendarEvent(), language: this.#options.language, now: Date.now() });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = CALENDAR_FILE_NAME;
    link.click();
    // Some browsers read the Blob after click() returns; a minute is ample and frees it after.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  #setState(state: string, on: boolean): void {
    if (!on && !this.#internals) return;
    try {
      this.#internals ??= this.attachInternals();
      if (on) this.#internals.states.add(state);
      else this.#internals.states.delete(state);
    } catch {
      // A custom-elements polyfill (or an engine without ElementInternals) refuses internals, and browsers
      // before CustomStateSet lack `states` or reject plain names: the states are a progressive extra.
    }
  }
}
