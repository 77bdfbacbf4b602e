import { useState, type FormEvent } from 'react';
import type { DeviceEdit, DeviceDetail } from '../../../../electron/api/inventory-types';
import type { DeviceType, Lifecycle, SiteRow } from '../../../../electron/api/types';
import { useI18n, type MessageKey } from '../../i18n';

const TYPES: DeviceType[] = ['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other'];
const LIFECYCLES: Lifecycle[] = ['in_service', 'spare', 'retired'];
const TEXT_FIELDS = ['assetTag', 'building', 'location', 'manufacturer', 'model', 'serial', 'mac'] as const;
const LABELS: Record<(typeof TEXT_FIELDS)[number], MessageKey> = {
  assetTag: 'col.assetTag',
  building: 'col.building',
  location: 'col.location',
  manufacturer: 'col.manufacturer',
  model: 'col.model',
  serial: 'col.serial',
  mac: 'col.mac',
};

/** Edit in place: only the fields that changed are sent. */
export function DeviceEditForm({
  detail,
  sites,
  busy,
  onSave,
  onCancel,
}: {
  detail: DeviceDetail;
  sites: SiteRow[];
  busy: boolean;
  onSave(changes: DeviceEdit): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const d = detail.device;
  const initial = {
    assetTag: d.assetTag ?? '',
    building: d.building ?? '',
    location: d.location ?? '',
    manufacturer: d.manufacturer ?? '',
    model: d.model ?? '',
    serial: d.serial ?? '',
    mac: d.mac ?? '',
    siteId: d.siteId === null ? '' : String(d.siteId),
    type: d.type,
    lifecycle: d.lifecycle ?? '',
    notes: detail.notes ?? '',
    excluded: d.excluded,
  };
  const [v, setV] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes: DeviceEdit = {};
    for (const f of TEXT_FIELDS) if (v[f] !== initial[f]) changes[f] = v[f] || null;
    if (v.siteId !== initial.siteId) changes.siteId = v.siteId ? Number(v.siteId) : null;
    if (v.type !== initial.type) changes.type = v.type;
    if (v.lifecycle !== initial.lifecycle) changes.lifecycle = (v.lifecycle || null) as Lifecycle | null;
    if (v.notes !== initial.notes) changes.notes = v.notes || null;
    if (v.excluded !== initial.excluded) changes.excluded = v.excluded;
    onSave(changes);
  };
  const id = (f: string) => `edit-${f}`;
  return (
    <form className="edit-form" onSubmit={submit} aria-labelledby="edit-heading">
      <h3 id="edit-heading">{t('drawer.editHeading')}</h3>
      <p className="help">{t('drawer.retagHint')}</p>
      <div className="form-grid">
        {TEXT_FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={id(f)}>{t(LABELS[f])}</label>
            <input id={id(f)} value={v[f]} onChange={(e) => setV({ ...v, [f]: e.target.value })} />
          </div>
        ))}
        <div className="field">
          <label htmlFor={id('site')}>{t('col.site')}</label>
          <select id={id('site')} value={v.siteId} onChange={(e) => setV({ ...v, siteId: e.target.value })}>
            <option value="">{t('drawer.noSite')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>{lang === 'fr' && s.nameFr ? s.nameFr : s.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('type')}>{t('col.type')}</label>
          <select id={id('type')} value={v.type} onChange={(e) => setV({ ...v, type: e.target.value as DeviceType })}>
            {TYPES.map((x) => <option key={x} value={x}>{t(`type.${x}` as MessageKey)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('lifecycle')}>{t('col.lifecycle')}</label>
          <select id={id('lifecycle')} value={v.lifecycle} onChange={(e) => setV({ ...v, lifecycle: e.target.value as Lifecycle })}>
            <option value="">{t('common.none')}</option>
            {LIFECYCLES.map((x) => <option key={x} value={x}>{t(`lifecycle.${x}` as MessageKey)}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('notes')}>{t('drawer.notes')}</label>
        <textarea id={id('notes')} rows={3} value={v.notes} onChange={(e) => setV({ ...v, notes: e.target.value })} />
      </div>
      <div className="check-field">
        <input id={id('excluded')} type="checkbox" checked={v.excluded} onChange={(e) => setV({ ...v, excluded: e.target.checked })} />
        <label htmlFor={id('excluded')}>{t('drawer.excluded')}</label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{t('common.save')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
