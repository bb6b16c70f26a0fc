/**
 * What keeps a widget live, as one Lit reactive controller: the shared clock while the widget is in sight,
 * the shared visibility observer that says when that is, and the `lang` observers of the trees it inherits
 * its language from. Each asks the widget to update; a tick changes only the time, so only the other two say
 * that the widget's surroundings may have changed.
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
  /** Told when what the widget inherits may have changed: it was (re)connected, or a `lang` changed. */
  readonly #onContextChange: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, onContextChange: () => void) {
    this.#host = host;
    this.#onContextChange = onContextChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#onContextChange();
    // Ticking from the start, until the observer says the widget is out of sight. Starting to tick
    // renders at once, so a widget put back after a while away never shows the time it was removed at.
    this.#tick(true);
    this.#stopWatching = watchVisibility(this.#host, (visible) => this.#tick(visible));
    this.#stopFollowingLang = onLangChange(this.#host, () => {
      this.#onContextChange();
      this.#host.requestUpdate();
    });
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
