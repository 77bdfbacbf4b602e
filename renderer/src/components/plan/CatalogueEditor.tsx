// The replacement catalogue: one compliant replacement per device type and
// sub-type with its unit costs. Amounts are typed in dollars (cents in the
// API), labour in hours (minutes in the API). Saving re-runs the plans.
import { Fragment, useEffect, useId, useState, type FormEvent } from 'react';
import type { CatalogueEntry, NewCatalogueEntry } from '../../../../electron/api/plan-types';
import type { DeviceType } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { useI18n, type Lang, type MessageKey } from '../../i18n';
import { centsToInput, dollarsToCents, hundredthsToInput, isDate, parseWhole, toHundredths } from './format';

const TYPES: DeviceType[] = ['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other'];

type EntryFields = Omit<NewCatalogueEntry, 'type' | 'subtype'>;
interface EntryText {
  replacement: string;
  hardware: string;
  hours: string;
  rate: string;
  licence: string;
  channels: string;
  disposal: string;
  lead: string;
  priceDate: string;
}

const FIELDS: Array<{ name: keyof EntryText; label: MessageKey; kind: 'text' | 'money' | 'hours' | 'whole' | 'date' }> = [
  { name: 'replacement', label: 'plan.cat.replacement', kind: 'text' },
  { name: 'hardware', label: 'plan.cat.hardware', kind: 'money' },
  { name: 'hours', label: 'plan.cat.labourHours', kind: 'hours' },
  { name: 'rate', label: 'plan.cat.labourRate', kind: 'money' },
  { name: 'licence', label: 'plan.cat.licence', kind: 'money' },
  { name: 'channels', label: 'plan.cat.channels', kind: 'whole' },
  { name: 'disposal', label: 'plan.cat.disposal', kind: 'money' },
  { name: 'lead', label: 'plan.cat.leadTime', kind: 'whole' },
  { name: 'priceDate', label: 'plan.cat.priceDate', kind: 'date' },
];

function toText(e: EntryFields, lang: Lang): EntryText {
  return {
    replacement: e.replacement,
    hardware: centsToInput(e.hardwareCents, lang),
    hours: hundredthsToInput(Math.round((e.labourMinutes * 100) / 60), lang),
    rate: centsToInput(e.labourRateCentsPerHour, lang),
    licence: centsToInput(e.licenceCentsPerChannel, lang),
    channels: String(e.channels),
    disposal: centsToInput(e.disposalCents, lang),
    lead: String(e.leadTimeDays),
    priceDate: e.priceDate,
  };
}

/** Text -> API fields, or the sentences saying what to fix. */
export function checkEntryText(f: EntryText, t: (k: MessageKey, p?: Record<string, string | number>) => string): { fields: EntryFields | null; problems: string[] } {
  const problems: string[] = [];
  const money = (name: keyof EntryText, label: MessageKey) => {
    const v = dollarsToCents(f[name]);
    if (v === null) problems.push(t('plan.cat.err.amount', { field: t(label) }));
    return v ?? 0;
  };
  const whole = (name: keyof EntryText, label: MessageKey) => {
    const v = parseWhole(f[name]);
    if (v === null) problems.push(t('plan.cat.err.whole', { field: t(label) }));
    return v ?? 0;
  };
  if (!f.replacement.trim()) problems.push(t('plan.cat.err.replacement'));
  const hardwareCents = money('hardware', 'plan.cat.hardware');
  const hours = toHundredths(f.hours);
  if (hours === null) problems.push(t('plan.cat.err.hours', { field: t('plan.cat.labourHours') }));
  const labourRateCentsPerHour = money('rate', 'plan.cat.labourRate');
  const licenceCentsPerChannel = money('licence', 'plan.cat.licence');
  const channels = whole('channels', 'plan.cat.channels');
  const disposalCents = money('disposal', 'plan.cat.disposal');
  const leadTimeDays = whole('lead', 'plan.cat.leadTime');
  if (!isDate(f.priceDate)) problems.push(t('plan.cat.err.date', { field: t('plan.cat.priceDate') }));
  if (problems.length) return { fields: null, problems };
  return {
    fields: {
      replacement: f.replacement.trim(),
      hardwareCents,
      labourMinutes: Math.round(((hours ?? 0) * 60) / 100),
      labourRateCentsPerHour,
      licenceCentsPerChannel,
      channels,
      disposalCents,
      leadTimeDays,
      priceDate: f.priceDate,
    },
    problems,
  };
}

/** Hardware + labour + licences + disposal, before escalation and contingency. */
function unitCost(e: CatalogueEntry): number {
  return e.hardwareCents + Math.round((e.labourMinutes * e.labourRateCentsPerHour) / 60) + e.licenceCentsPerChannel * e.channels + e.disposalCents;
}

export function CatalogueEditor({ onChanged }: { onChanged(message: string): void }) {
  const { t, formatMoney, formatNumber, formatDate, lang } = useI18n();
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);

  const load = () => call('catalogue:list', {}).then(setEntries, (e: Error) => setFailure(e.message));
  useEffect(() => void load(), []);

  const label = (e: Pick<CatalogueEntry, 'type' | 'subtype' | 'replacement'>) =>
    `${t(`type.${e.type}` as MessageKey)}${e.subtype ? ` (${e.subtype})` : ''} – ${e.replacement}`;

  return (
    <div className="plan-catalogue">
      <p className="help">{t('plan.cat.help')}</p>
      {failure && (
        <p className="error" role="alert">
          {t('plan.cat.failed', { message: failure })}
        </p>
      )}
      <div className="table-wrap">
        <table className="data" data-testid="plan-catalogue">
          <caption>{t('plan.cat.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.cat.type')}</th>
              <th scope="col">{t('plan.cat.subtype')}</th>
              {FIELDS.map((f) => (
                <th scope="col" key={f.name} className={f.kind === 'text' || f.kind === 'date' ? undefined : 'num'}>
                  {t(f.label)}
                </th>
              ))}
              <th scope="col" className="num">{t('plan.cat.unitCost')}</th>
              <th scope="col">{t('plan.cat.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <Fragment key={e.id}>
                <tr className={editing === e.id ? 'is-open' : undefined}>
                  <th scope="row">{t(`type.${e.type}` as MessageKey)}</th>
                  <td>{e.subtype || t('plan.cat.anySubtype')}</td>
                  <td>{e.replacement}</td>
                  <td className="num">{formatMoney(e.hardwareCents, { cents: true })}</td>
                  <td className="num">{formatNumber(e.labourMinutes / 60)}</td>
                  <td className="num">{formatMoney(e.labourRateCentsPerHour, { cents: true })}</td>
                  <td className="num">{formatMoney(e.licenceCentsPerChannel, { cents: true })}</td>
                  <td className="num">{formatNumber(e.channels)}</td>
                  <td className="num">{formatMoney(e.disposalCents, { cents: true })}</td>
                  <td className="num">{formatNumber(e.leadTimeDays)}</td>
                  <td className="nowrap">{formatDate(e.priceDate)}</td>
                  <td className="num">{formatMoney(unitCost(e), { cents: true })}</td>
                  <td>
                    <button type="button" aria-expanded={editing === e.id} aria-label={t('plan.cat.editLabel', { entry: label(e) })} onClick={() => setEditing(editing === e.id ? null : e.id)}>
                      {t('plan.cat.edit')}
                    </button>
                  </td>
                </tr>
                {editing === e.id && (
                  <tr>
                    <td colSpan={FIELDS.length + 4}>
                      <EntryForm
                        heading={t('plan.cat.editLabel', { entry: label(e) })}
                        initial={toText(e, lang)}
                        submitLabel={t('plan.cat.save')}
                        onCancel={() => setEditing(null)}
                        onSubmit={async (fields) => {
                          const saved = await call('catalogue:update', { id: e.id, ...fields });
                          setEditing(null);
                          await load();
                          onChanged(t('plan.cat.saved', { entry: label(saved) }));
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {adding ? (
        <EntryForm
          heading={t('plan.cat.addHeading')}
          withType
          initial={{ replacement: '', hardware: '', hours: '2', rate: '95', licence: '0', channels: '1', disposal: '0', lead: '30', priceDate: new Date().toISOString().slice(0, 10) }}
          submitLabel={t('plan.cat.addSubmit')}
          onCancel={() => setAdding(false)}
          onSubmit={async (fields, type, subtype) => {
            const added = await call('catalogue:add', { ...fields, type: type!, subtype: subtype ?? '' });
            setAdding(false);
            await load();
            onChanged(t('plan.cat.added', { entry: label(added) }));
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('plan.cat.add')}
        </button>
      )}
    </div>
  );
}

function EntryForm(props: {
  heading: string;
  initial: EntryText;
  withType?: boolean;
  submitLabel: string;
  onSubmit(fields: EntryFields, type?: DeviceType, subtype?: string): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(props.initial);
  const [type, setType] = useState<DeviceType>('camera');
  const [subtype, setSubtype] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { fields, problems: p } = checkEntryText(text, t);
    setProblems(p);
    if (!fields) return;
    setBusy(true);
    try {
      await props.onSubmit(fields, type, subtype.trim());
    } catch (err) {
      setProblems([t('plan.cat.failed', { message: (err as Error).message })]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="plan-entry-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{props.heading}</h4>
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="plan-inline-fields">
        {props.withType && (
          <>
            <div className="field">
              <label htmlFor={`${id}-type`}>{t('plan.cat.type')}</label>
              <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as DeviceType)}>
                {TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`type.${ty}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-subtype`}>{t('plan.cat.subtype')}</label>
              <input id={`${id}-subtype`} value={subtype} onChange={(e) => setSubtype(e.target.value)} size={12} />
            </div>
          </>
        )}
        {FIELDS.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`${id}-${f.name}`}>{t(f.label)}</label>
            <input
              id={`${id}-${f.name}`}
              type={f.kind === 'date' ? 'date' : 'text'}
              inputMode={f.kind === 'money' || f.kind === 'hours' ? 'decimal' : f.kind === 'whole' ? 'numeric' : undefined}
              value={text[f.name]}
              size={f.kind === 'text' ? 24 : 10}
              onChange={(e) => setText((prev) => ({ ...prev, [f.name]: e.target.value }))}
            />
          </div>
        ))}
      </div>
      <div className="plan-actions">
        <button type="submit" className="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('plan.cat.cancel')}
        </button>
      </div>
    </form>
  );
}
