import { css } from 'lit';

/** The dark theme's defaults, used by `theme="dark"` always and by `theme="auto"` in a dark scheme. */
const darkPalette = css`
  color-scheme: dark;
  --_accent: var(--solidarity-accent, #ff7a7a);
  --_on-accent: var(--solidarity-on-accent, #16161a);
  --_background: var(--solidarity-background, #16161a);
  --_color: var(--solidarity-color, #f2f2f2);
  --_muted: var(--solidarity-muted, #b8b8c0);
  --_border: var(--solidarity-border, #3a3a42);
  --_flag-white: #f2f2f2;
`;

export const styles = css`
  :host {
    display: block;
    /*
     * A blog theme's inherited text styles must not garble the widget, even from '* { … !important }'
     * (an important :host rule beats the page's). The font and its size stay the page's to set.
     */
    font-family: var(--solidarity-font-family, inherit);
    font-size: medium;
    font-weight: normal;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Off season (show-days-before), no box at all, whatever the page's styles say. A rule of its own: an
   * engine without :state() drops it whole (and has an empty widget then, with no content to show).
   */
  :host(:state(off-season)) {
    display: none !important;
  }

  /*
   * Layouts follow the width the page gives the widget, not the window's. A container costs each widget
   * time in proportion to what it holds (a fifth of a card's render on the frame, a tenth on the countdown),
   * so the frame is one only for the banner's strip, and elsewhere no box at all (each costs every widget
   * memory); there the countdown's halves and the controls take their width from percentages (see .half
   * and .actions).
   */
  .frame {
    display: contents;
  }
  .banner-frame {
    display: block;
    container-type: inline-size;
  }

  /*
   * A container has no width of its own to offer, so wherever the page sizes the widget by its content
   * (inline-block, float, absolute position, flex and grid items, table cells) it would shrink to nothing.
   * This invisible line of breakable text ('M M') offers that width instead: two letters and one space wider
   * than any column on one line, one letter when it must wrap. As few glyphs as that, and as text rather
   * than a pseudo-element, since each costs every widget memory; 'overflow: clip', as a scroll container
   * would cost memory too.
   */
  .fill {
    height: 0;
    overflow: clip;
    visibility: hidden;
    word-spacing: 400rem;
  }

  /* Public custom properties are read once into private ones; a theme only changes the fallbacks. */
  .base {
    --_accent: var(--solidarity-accent, #b3121f);
    --_on-accent: var(--solidarity-on-accent, #ffffff);
    --_background: var(--solidarity-background, #ffffff);
    --_color: var(--solidarity-color, #1c1c1c);
    --_muted: var(--solidarity-muted, #595959);
    --_border: var(--solidarity-border, #d4d4d8);
    --_radius: var(--solidarity-radius, 0.5rem);
    --_space: var(--solidarity-spacing, 1rem);
    --_flag-white: #ffffff;

    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) + 0.5rem) calc(var(--_space) * 1.25) calc(var(--_space) * 1.25);
    overflow-wrap: anywhere;
    color: var(--_color);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /*
   * The white-red-white stripes of Belarusian civil society along the top edge, over a line in the border
   * color: backgrounds of the box rather than a box of their own, which would cost every widget one.
   */
  .base {
    background:
      linear-gradient(var(--_flag-white) 0 33%, var(--_accent) 33% 67%, var(--_flag-white) 67%) 0 0 / 100% 0.5rem no-repeat,
      linear-gradient(var(--_border) 0 0) 0 0.5rem / 100% 1px no-repeat,
      var(--_background);
  }

  .dark {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    .auto {
      ${darkPalette}
    }
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.25;
  }

  /* Relative, so the spoken sentence's box is placed here rather than recorded by every box above. */
  .countdown {
    position: relative;
    margin: 0;
  }

  /* The partner's message: the slot itself is the box, so a widget without one has no element for it. */
  .message {
    display: block;
  }
  .message[hidden] {
    display: none;
  }

  .countdown.today {
    font-size: 1.25em;
    font-weight: bold;
    color: var(--_accent);
    animation: arrive 0.8s ease-out;
  }

  /* Motion only, never opacity: the message stays readable in every frame. */
  @keyframes arrive {
    from {
      transform: translateY(0.25em) scale(0.97);
    }
  }

  /*
   * Four equal columns: the numbers on one line, their words on the next. Two halves (days and hours,
   * minutes and seconds) side by side, each a row of its two numbers over their words; flex rows rather
   * than grids (a grid's layout data costs 5 KiB per widget), of the numbers and words themselves rather
   * than of a box around each pair (two boxes more per widget). Each basis leaves half an em to spare, so
   * rounding never pushes a column onto the next line; the gaps make the four columns the same width.
   */
  .units {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  /*
   * Narrow columns (sidebars, phones), under 24rem of the widget's width: the halves one over the other,
   * two by two, a quarter em apart. Reckoned like the controls' width (see .actions), from the countdown's
   * width (100%) and the box's padding and border, as no container is asked.
   */
  .half {
    display: flex;
    flex: 1 1 clamp(50% - 0.5em, (24rem - 2px - 2.5 * var(--_space) - 100%) * 1e6, 100%);
    flex-wrap: wrap;
    column-gap: 0.5em;
    min-width: 0;
  }

  .number,
  .word {
    flex: 1 1 calc(50% - 0.5em);
    min-width: 0;
    text-align: center;
  }
  /* Three equal columns to the minute, whatever the width: two of them in the first half. */
  .minute > .half {
    flex: 2 1 0.5em;
  }
  .minute > .half + .half {
    flex: 1 1 0;
  }
  .minute > .half + .half > *,
  .day > .half,
  .day > .half > * {
    flex-basis: 100%;
  }
  /*
   * The units a coarser precision leaves out (all of them on 4 August): in the template, empty, and never
   * shown, whatever a page's ::part() rules say. One template for every precision and for the day itself
   * costs a widget less than a template per choice.
   */
  .minute > .half + .half > :nth-child(n + 3),
  .day > .half + .half,
  .day > .half > :nth-child(n + 3),
  .today > .half {
    display: none !important;
  }

  .number {
    /* Read directly: a private copy of "inherit" would inherit the private property, not the font. */
    font-family: var(--solidarity-number-font-family, inherit);
    font-size: 2em;
    font-weight: bold;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }

  /* The word fills its column, so its box stays put when "2 seconds" becomes "1 second". */
  .word {
    order: 1;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /*
   * In the banner, whose columns are as wide as their content: every form of the unit word, one per line,
   * invisible and flat, so the word is always as wide as its widest form. Only there: elsewhere the empty
   * pseudo-elements would still cost each widget four boxes, with their clips.
   */
  .banner .word::after {
    content: attr(data-forms);
    display: block;
    height: 0;
    overflow: clip;
    visibility: hidden;
    white-space: pre;
  }

  /* Only the card has a summary: elsewhere the element is there, empty and never shown. */
  .banner .summary,
  .compact .summary {
    display: none !important;
  }

  .summary,
  .more p,
  .more ul {
    margin: 0;
  }

  .more ul {
    padding-inline-start: 1.25em;
  }

  .subheading {
    margin: 0.75em 0 0.25em;
    font-weight: bold;
  }

  /*
   * A disclosure as the native one looks: the triangle, then the underlined label. The triangle is the list
   * marker, which turns and sits at the start by itself; but a marker costs every card a tenth of its
   * render, so left to right the box draws it as its background instead, in the marker's place and size.
   * Not in forced colors, which drop gradients: there, and right to left, the marker stays.
   */
  .more {
    display: list-item;
    list-style: inside disclosure-closed;
  }
  .more:has([aria-expanded='true']) {
    list-style-type: disclosure-open;
  }
  @media not (forced-colors: active) {
    .more:dir(ltr) {
      display: block;
      padding-inline-start: 1.06em;
      background: conic-gradient(from 240deg at 100% 50%, currentColor 60deg, #0000 0) 0 0.36em / 0.57em 0.66em no-repeat;
    }
    .more:dir(ltr):has([aria-expanded='true']) {
      background: conic-gradient(from 330deg at 50% 100%, currentColor 60deg, #0000 0) 0 0.38em / 0.66em 0.57em no-repeat;
    }
  }

  .more > button {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_color);
    text-decoration: underline;
    cursor: pointer;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .join,
  .calendar {
    box-sizing: border-box;
    max-width: 100%;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: bold;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 0.15s,
      color 0.15s;
  }

  .join {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .calendar {
    background: transparent;
    color: var(--_color);
  }

  .join:hover,
  .calendar:hover {
    text-decoration: underline;
  }

  /* The same event for Google Calendar and Outlook.com: a small second line under the buttons. */
  .calendar-links {
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    line-height: 1.25;
  }
  .calendar-links a {
    color: var(--_color);
  }

  /* One focus ring for every focusable piece, in the text color so it shows on any background. */
  :focus-visible {
    outline: 3px solid var(--_color);
    outline-offset: 2px;
  }

  .subheading:focus-visible {
    outline-offset: 0;
  }

  /*
   * The spoken sentence: heard, not seen, while counting; on 4 August, the day's message, seen (the units
   * beside it are empty then, and never shown).
   */
  .units > .spoken {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: clip;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /*
   * Narrow columns (sidebars, phones), under 24rem of the widget's width: each control takes a line of its
   * own. Its least width is the whole line there and nothing above, reckoned from the line's width (100%)
   * and the box's padding and border, as no container is asked.
   */
  .actions > * {
    min-width: clamp(0px, (24rem - 2px - 2.5 * var(--_space) - 100%) * 1e6, 100%);
  }

  .compact .number {
    font-size: 1.75em;
  }

  /* Compact has only the join control: no row of actions around it, one box less. */
  .compact .actions {
    display: contents;
  }
  .compact .join {
    align-self: start;
  }

  /* Banner: one strip, heading | countdown | actions, once the column is wide enough to hold it. */
  @container (min-width: 48rem) {
    .banner {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto auto;
      align-items: center;
      column-gap: calc(var(--_space) * 1.5);
    }
    .banner .heading {
      font-size: 1.125em;
    }
    /* The partner's message: a line of its own under the strip. */
    .banner .message {
      grid-area: 2 / 1 / auto / -1;
    }
    /* Columns as wide as their number or word: a grid of the units themselves, each number over its word. */
    .banner .units {
      display: grid;
      grid-auto-flow: column;
      grid-template-rows: auto auto;
      gap: 0 1em;
    }
    .banner .half {
      display: contents;
    }
    .banner .word {
      order: 0;
    }
    /* Room for the most digits each number can have, so the strip does not move as they change. */
    .banner .number {
      min-width: 2ch;
      font-size: 1.75em;
    }
    .banner [part='days'] {
      min-width: 3ch;
    }
    .banner .actions {
      flex-direction: column;
      flex-wrap: nowrap;
    }
    .banner .countdown.today {
      max-width: 22em;
      font-size: 1.125em;
    }
  }

  /* Forced colors drop gradients: the stripe becomes the top border, as thick, in the text color. */
  @media (forced-colors: active) {
    .base {
      border-top-width: calc(0.5rem + 1px);
      padding-top: var(--_space);
    }
    .number,
    .countdown.today {
      color: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
