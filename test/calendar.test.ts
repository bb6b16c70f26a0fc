import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { CALENDAR_FILE_NAME, icsFor } from '../src/calendar.js';
import { catalogs } from '../src/i18n/index.js';
import { part, useClock } from './helpers.js';

/** The content lines of an iCalendar text, unfolded (RFC 5545, 3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('the .ics file', () => {
  const event = {
    year: 2027,
    title: 'International Day of Solidarity with Belarus',
    description: 'Line one; with, specials\\ and\na second line',
    language: 'en',
    url: 'https://example.org/join?a=1,2',
    now: Date.parse('2026-11-25T10:20:30.456Z'),
  };

  it('is a calendar with one yearly all-day event on 4 August', () => {
    const lines = unfold(icsFor(event));
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(lines).to.include.members([
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270804',
      'DTEND;VALUE=DATE:20270805',
      'RRULE:FREQ=YEARLY',
      'DTSTAMP:20261125T102030Z',
      'SUMMARY;LANGUAGE=en:International Day of Solidarity with Belarus',
      'URL:https://example.org/join?a=1,2',
      'END:VEVENT',
    ]);
    expect(lines.filter((l) => l.startsWith('UID:'))).to.have.length(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
  });

  it('escapes text and keeps every line within 75 octets, with CRLF endings', () => {
    const ics = icsFor({
      ...event,
      language: 'be',
      title: 'Міжнародны дзень салідарнасці з Беларуссю',
      description: '4 жніўня 2011 года арыштавалі Алеся Бяляцкага, старшыню «Вясны»; з 2012 года гэты дзень — дзень салідарнасці 🤝.',
    });
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).to.not.contain('\n');
    const encoder = new TextEncoder();
    const lines = ics.split('\r\n');
    for (const line of lines) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(lines.filter((line) => line.startsWith(' ')).length, 'the Belarusian lines are folded').to.be.above(2);
    expect(unfold(ics)).to.include('SUMMARY;LANGUAGE=be:Міжнародны дзень салідарнасці з Беларуссю');
    expect(unfold(ics).find((l) => l.startsWith('DESCRIPTION'))).to.equal(
      'DESCRIPTION;LANGUAGE=be:4 жніўня 2011 года арыштавалі Алеся Бяляцкага\\, старшыню «Вясны»\\; з 2012 года ' +
        'гэты дзень — дзень салідарнасці 🤝.\\n\\nhttps://example.org/join?a=1\\,2',
    );
    const plain = unfold(icsFor(event)).find((l) => l.startsWith('DESCRIPTION'));
    expect(plain).to.equal(
      'DESCRIPTION;LANGUAGE=en:Line one\\; with\\, specials\\\\ and\\na second line\\n\\nhttps://example.org/join?a=1\\,2',
    );
  });

  it('has no URL without a join link', () => {
    const lines = unfold(icsFor({ ...event, url: null }));
    expect(lines.some((l) => l.startsWith('URL'))).to.be.false;
    expect(lines.find((l) => l.startsWith('DESCRIPTION'))).to.not.contain('https');
  });
});

describe('the "add to calendar" button', () => {
  const clock = useClock();
  let created: sinon.SinonStub;
  let click: sinon.SinonStub;
  beforeEach(() => {
    created = sinon.stub(URL, 'createObjectURL').returns('blob:calendar');
    click = sinon.stub(HTMLAnchorElement.prototype, 'click');
    sinon.stub(URL, 'revokeObjectURL');
  });
  afterEach(() => sinon.restore());

  it('hands over the day in the widget’s language, made in the page with no request', async () => {
    clock.at('2026-09-01T12:00:00Z');
    const el = await fixture<BelarusSolidarity>(
      html`<belarus-solidarity lang="uk" join-url="https://example.org/join"></belarus-solidarity>`,
    );
    const button = part(el, 'calendar')!;
    expect(button.textContent).to.equal(catalogs.uk.addToCalendar);
    button.click();
    expect(click.calledOnce).to.be.true;
    const link = click.firstCall.thisValue as HTMLAnchorElement;
    expect(link.download).to.equal(CALENDAR_FILE_NAME);
    expect(link.href).to.equal('blob:calendar');
    const blob = created.firstCall.args[0] as Blob;
    expect(blob.type).to.equal('text/calendar;charset=utf-8');
    const lines = unfold(await blob.text());
    expect(lines).to.include.members([
      'DTSTART;VALUE=DATE:20270804',
      'RRULE:FREQ=YEARLY',
      `SUMMARY;LANGUAGE=uk:${catalogs.uk.heading}`,
      'URL:https://example.org/join',
    ]);
  });

  it('is in card and banner, not in compact', async () => {
    clock.at('2026-09-01T12:00:00Z');
    for (const [layout, present] of [['card', true], ['banner', true], ['compact', false]] as const) {
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity layout=${layout}></belarus-solidarity>`);
      expect(Boolean(part(el, 'calendar')), layout).to.equal(present);
    }
  });
});

describe('the Google Calendar and Outlook.com links', () => {
  const clock = useClock();

  const links = (el: BelarusSolidarity) => {
    const [google, outlook] = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="calendar-link"]')];
    return { google: new URL(google!.href), outlook: new URL(outlook!.href), anchors: [google!, outlook!] };
  };

  const cases = [
    { lang: 'en', title: 'International Day of Solidarity with Belarus', opens: 'On 4 August 2011 the authorities of Belarus arrested' },
    { lang: 'be', title: 'Міжнародны дзень салідарнасці з Беларуссю', opens: '4 жніўня 2011 года ўлады Беларусі арыштавалі' },
    { lang: 'de', title: 'Internationaler Tag der Solidarität mit Belarus', opens: 'Am 4. August 2011 verhafteten die belarussischen Behörden' },
  ];
  for (const { lang, title, opens } of cases) {
    it(`prefill the all-day event on the next 4 August in ${lang}, with the join link`, async () => {
      // 5 August 2026 in Auckland: the next day is in 2027.
      clock.at('2026-08-05T09:00:00+12:00');
      const el = await fixture<BelarusSolidarity>(
        html`<belarus-solidarity lang=${lang} join-url="https://example.org/join?a=1&b=2"></belarus-solidarity>`,
      );
      const { google, outlook } = links(el);
      expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(Object.fromEntries(google.searchParams)).to.deep.include({
        action: 'TEMPLATE',
        text: title,
        dates: '20270804/20270805',
        recur: 'RRULE:FREQ=YEARLY',
      });
      expect(google.searchParams.get('details')).to.match(new RegExp(`^${opens}`));
      expect(google.searchParams.get('details')).to.match(/\n\nhttps:\/\/example\.org\/join\?a=1&b=2$/);
      expect(outlook.origin + outlook.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
      expect(Object.fromEntries(outlook.searchParams)).to.deep.include({
        path: '/calendar/action/compose',
        rru: 'addevent',
        allday: 'true',
        startdt: '2027-08-04',
        enddt: '2027-08-05',
        subject: title,
      });
      expect(outlook.searchParams.get('body')).to.equal(google.searchParams.get('details'));
    });
  }

  it('are this year’s on the day itself and before it; without a join link, the summary alone', async () => {
    for (const instant of ['2026-08-04T23:00:00+12:00', '2026-01-01T00:00:00+13:00']) {
      clock.at(instant);
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity layout="banner"></belarus-solidarity>`);
      const { google, outlook } = links(el);
      expect(google.searchParams.get('dates'), instant).to.equal('20260804/20260805');
      expect(outlook.searchParams.get('startdt'), instant).to.equal('2026-08-04');
      expect(google.searchParams.get('details')).to.not.contain('http');
    }
  });

  it('are plain links in a group named like the button, opening apart from the page and sending no referrer', async () => {
    clock.at('2026-09-01T12:00:00Z');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity lang="de"></belarus-solidarity>`);
    const { anchors } = links(el);
    expect(anchors.map((a) => a.textContent)).to.deep.equal(['Google', 'Outlook.com']);
    for (const a of anchors) {
      expect([a.target, a.rel]).to.deep.equal(['_blank', 'noreferrer']);
      // Named by the .ics button's own text, which it references.
      const group = a.closest('[role=group]')!;
      expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Zum Kalender hinzufügen');
    }
    const compact = await fixture<BelarusSolidarity>(html`<belarus-solidarity layout="compact"></belarus-solidarity>`);
    expect(compact.shadowRoot!.querySelectorAll('[part~="calendar-link"]')).to.have.length(0);
  });

  it('are made once for all the widgets of a page that share year, language and join link, and again when one differs', async () => {
    clock.at('2026-09-01T12:00:00Z');
    const Original = window.URLSearchParams;
    let made = 0;
    window.URLSearchParams = class extends Original {
      constructor(...args: ConstructorParameters<typeof URLSearchParams>) {
        super(...args);
        made++;
      }
    };
    try {
      // A join link no other test uses, so the page has not made these links yet.
      const page = await fixture<HTMLElement>(html`<div>
        <belarus-solidarity join-url="https://example.org/once-per-page"></belarus-solidarity>
        <belarus-solidarity join-url="https://example.org/once-per-page" layout="banner"></belarus-solidarity>
        <belarus-solidarity join-url="https://example.org/once-per-page"></belarus-solidarity>
      </div>`);
      const widgets = [...page.querySelectorAll<BelarusSolidarity>('belarus-solidarity')];
      await Promise.all(widgets.map((w) => w.updateComplete));
      expect(made, 'one Google and one Outlook.com link for three widgets').to.equal(2);
      expect(new Set(widgets.map((w) => links(w).google.href)).size).to.equal(1);
      const other = await fixture<BelarusSolidarity>(html`<belarus-solidarity join-url="https://example.org/once-per-page" lang="de"></belarus-solidarity>`);
      expect(made, 'another language, another pair').to.equal(4);
      expect(links(other).google.searchParams.get('text')).to.equal('Internationaler Tag der Solidarität mit Belarus');
    } finally {
      window.URLSearchParams = Original;
    }
  });
});
