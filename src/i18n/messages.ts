/**
 * The shape every language's catalog must have. Each language is one file that exports a `Messages`
 * object; a missing or extra key fails the type check.
 */

import type { PluralRule } from './plural-rules.js';

/**
 * Unit words for each plural category a whole number can take in the language (the catalog's `plural` of
 * n = 0, 1, 2, …); categories only fractions reach are left out.
 */
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>>;

export interface Messages {
  /** The widget's heading. */
  heading: string;
  /** Two to four sentences: who, what day, why 4 August, what the appeal asks. */
  summary: string;
  /** Label of the disclosure that holds the rest of the appeal. */
  readMore: string;
  /** Leads into the appeal's contrasts. */
  contrastsIntro: string;
  /** The appeal's contrasts, short: "You take part in rallies? In Belarus…". */
  contrasts: readonly string[];
  /** Heading of the "how to join" section. */
  howToJoin: string;
  /** The two kinds of action the appeal invites. */
  actions: readonly string[];
  /** Default text of the join link. */
  joinLabel: string;
  /** The control that saves 4 August as a yearly event in the visitor's calendar. */
  addToCalendar: string;
  /** Shown instead of the countdown during the whole of 4 August. */
  today: string;
  /** Joins the last two amounts of a duration: "12 hours and 5 minutes". */
  and: string;
  /** The countdown as one sentence for assistive technology, e.g. "33 days, 12 hours until 4 August". */
  timeLeft: (duration: string) => string;
  /** The language's plural category of a whole number, which picks the unit word. */
  plural: PluralRule;
  units: {
    days: PluralWords;
    hours: PluralWords;
    minutes: PluralWords;
    seconds: PluralWords;
  };
}

export type Unit = keyof Messages['units'];
