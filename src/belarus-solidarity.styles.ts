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
`;

export const styles = css`
  :host {
    display: block;
    /* A blog theme's inherited text styles must not garble the widget; the font itself is the page's. */
    font-family: var(--solidarity-font-family, inherit);
    font-size: medium;
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  /* Public custom properties are read once into private ones; a theme only changes the fallbacks. */
  .base {
    --_accent: var(--solidarity-accent, #b3121f);
    --_on-accent: var(--solidarity-on-accent, #ffffff);
    --_background: var(--solidarity-background, #ffffff);
    --_color: var(--solidarity-color, #1c1c1c);
    --_muted: var(--solidarity-muted, #595959);
    --_border: var(--solidarity-border, #dddddd);
    --_radius: var(--solidarity-radius, 0.5rem);

    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1em 1.25em 1.25em;
    background: var(--_background);
    color: var(--_color);
    border: 1px solid var(--_border);
    border-block-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
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

  .countdown {
    margin: 0;
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

  .units {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 0.5em;
  }

  .unit {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 0;
  }

  .number {
    font-size: 2em;
    font-weight: bold;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }

  .word {
    font-size: 0.875em;
    color: var(--_muted);
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
    font-weight: bold;
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }

  .more summary {
    cursor: pointer;
    color: var(--_color);
    text-decoration: underline;
  }

  .join {
    align-self: flex-start;
    display: inline-block;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: bold;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 0.15s,
      color 0.15s;
  }

  .join:hover {
    text-decoration: underline;
  }

  /* One focus ring for every focusable piece, in the text color so it shows on any background. */
  :focus-visible {
    outline: 3px solid var(--_color);
    outline-offset: 2px;
  }

  .subheading:focus-visible {
    outline-offset: 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .banner {
    flex-flow: row wrap;
    align-items: center;
    justify-content: space-between;
  }

  .banner .join,
  .compact .join {
    align-self: center;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .join {
      border-color: ButtonText;
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
