// How one change reads, shared by the /changes page and the Atom feed: its heading, its effect on
// the totals in words, and (for the feed) the whole entry as an HTML fragment. Field labels and
// values come from lib/revision-changes.ts, the formatting the pledge page's history uses.
import type { ChangeView } from '../db/changes';
import type { ChangeKind, EffectDelta } from './changes-effect';
import { signedMoney } from './changes-summary';
import { htmlText } from './changes-atom';
import { changeSentence, describeChanges, type ChangeLine } from './revision-changes';
import { formatTimestamp } from './format';

export const CHANGE_HEADINGS: Record<ChangeKind, string> = {
  create: 'New pledge',
  correction: 'Correction',
  cancellation: 'Cancellation',
  retraction: 'Retraction',
  unretraction: 'Un-retraction',
};

export type Names = Record<string, string>;

export const changeHeadline = (c: ChangeView) =>
  `${CHANGE_HEADINGS[c.kind]}: ${c.title} (${c.donor.name} → ${c.recipient.name})`;

/** "Japan committed +$1.5M"; the donor named as people read it. */
export const effectText = (d: EffectDelta, names: Names) =>
  `${names[d.donor] ?? d.donor} ${d.line} ${signedMoney(d.cents)}`;

export const changeLines = (c: ChangeView, names: Names) =>
  describeChanges(c.changes, { partyName: (s) => names[s], currency: c.currency });

/** A created pledge's fields are its first values; a later change's read before → after. */
export const lineText = (c: Pick<ChangeView, 'kind'>, l: ChangeLine) =>
  c.kind === 'create' ? `${l.label}: ${l.after}` : changeSentence(l);

/** The feed entry's content: who and why, each field before → after, the effect; all text escaped. */
export function changeHtml(c: ChangeView, names: Names): string {
  const when = htmlText(formatTimestamp(c.at));
  const who = `${htmlText(CHANGE_HEADINGS[c.kind])} by ${htmlText(c.actorLabel)} on ${when}`;
  const reason = c.reason ? ` — “${htmlText(c.reason)}”` : '';
  const fields = `<ul>${changeLines(c, names)
    .map((l) => `<li>${htmlText(lineText(c, l))}</li>`)
    .join('')}</ul>`;
  const effect = c.effect.length
    ? `<p>Effect on the totals: ${c.effect.map((d) => htmlText(effectText(d, names))).join('; ')}</p>`
    : '';
  return `<p>${who}${reason}</p>${fields}${effect}`;
}
