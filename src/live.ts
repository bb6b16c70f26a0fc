/**
 * What keeps a widget live, as one Lit reactive controller: the shared clock while the widget is in sight,
 * the shared visibility observer that says when that is, and the `lang` observers of the trees it inherits
 * its language from. Each asks the widget to update; the widget works out what changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { everySecond } from './clock.js';
import { onLangChange } from './lang-observer.js';
import { watchVisibility } from './visibility.js';

export class LiveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #stopTicking: (() => void) | undefined;
  #stopWatching: (() => void) | undefined;
  #stopFollowingLang: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Ticking from the start, until the observer says the widget is out of sight. Starting to tick
    // renders at once, so a widget put back after a while away never shows the time it was removed at.
    this.#tick(true);
    this.#stopWatching = watchVisibility(this.#host, (visible) => this.#tick(visible));
    this.#stopFollowingLang = onLangChange(this.#host, () => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#tick(false);
    this.#stopWatching?.();
    this.#stopFollowingLang?.();
    this.#stopWatching = this.#stopFollowingLang = undefined;
  }

  /** Out of sight, a widget leaves the clock and does no DOM work; back in sight it shows the time at once. */
  #tick(on: boolean): void {
    if (on === !!this.#stopTicking) return;
    if (on) {
      this.#stopTicking = everySecond(() => this.#host.requestUpdate());
      this.#host.requestUpdate();
    } else {
      this.#stopTicking!();
      this.#stopTicking = undefined;
    }
  }
}
