// A valid form for each pledge action of the access matrix (access-actions.test.ts), written fresh for
// every call so that an allowed call really writes; the other actions' forms are in access-action-forms.ts.
import { NEW_PLEDGE } from './api-support';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import type { Credentials } from '../support/access-accounts';

export type Form = { page: string; fields: [string, string][]; withState?: boolean };
export type FormFor = (who: Credentials) => Form | Promise<Form>;

let serial = 0;
/** A number no earlier form used, so names and addresses never collide. */
export const nextSerial = () => ++serial;

const actor = { id: null, label: 'matrix' };
const newPledge = (title: string) =>
  createPledge({ ...NEW_PLEDGE, title: `${title} ${nextSerial()}` }, actor);
const onPledge = (id: number, version: number, fields: [string, string][]): Form => ({
  page: `/editor/pledges/${id}`,
  fields: [['id', String(id)], ['version', String(version)], ...fields],
});

const pledgeFields = (title: string): [string, string][] => [
  ['donor', NEW_PLEDGE.donor],
  ['recipient', NEW_PLEDGE.recipient],
  ['title', title],
  ['category', NEW_PLEDGE.category],
  ['stage', NEW_PLEDGE.stage],
  ['kind', 'item'],
  ['instrument', 'unspecified'],
  ['amount', '250000'],
  ['currency', 'EUR'],
  ['announcedOn', '2024-05-02'],
  ['datePrecision', 'day'],
  ['sourceCount', '1'],
  ['sources.0.url', 'https://example.org/matrix'],
  ['sources.0.publisher', 'Matrix Gazette'],
  ['confirmDuplicate', 'yes'],
];

export const PLEDGE_ACTION_FORMS: Record<string, FormFor> = {
  savePledgeAction: () => ({
    page: '/editor/pledges/new',
    fields: pledgeFields(`Matrix pledge ${nextSerial()}`),
  }),
  retractPledgeAction: async () => {
    const p = await newPledge('To retract');
    return onPledge(p.id, p.version, [['reason', 'Matrix retraction']]);
  },
  unretractPledgeAction: async () => {
    const p = await newPledge('To un-retract');
    const retracted = await retractPledge({
      id: p.id,
      input: { reason: 'matrix retraction' },
      expectedVersion: p.version,
      actor,
    });
    return onPledge(p.id, retracted.version, [['reason', 'Matrix un-retraction']]);
  },
  restoreVersionAction: async () => {
    const p = await newPledge('To restore');
    const edited = await updatePledge({
      id: p.id,
      patch: { title: `Restored away ${serial}` },
      expectedVersion: p.version,
      actor,
    });
    return onPledge(p.id, edited.version, [['restoreVersion', '1']]);
  },
  recordProgressAction: async () => {
    const p = await newPledge('To move on');
    return onPledge(p.id, p.version, [
      ['progress-stage', 'disbursed'],
      ['progress-date', '2024-12'],
      ['progress-url', `https://example.org/matrix-paid-${serial}`],
      ['progress-quote', 'Delivered in December.'],
    ]);
  },
};
