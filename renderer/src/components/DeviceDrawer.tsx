// The device drawer: every field, where the device came from, the evidence
// behind its status with citations, overrides and the audit trail; edit in
// place and override with a reason. Escape closes it and focus returns to the grid.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { DeviceDetail, DeviceEdit } from '../../../electron/api/inventory-types';
import type { SiteRow } from '../../../electron/api/types';
import { call } from '../api/client';
import { notifyPlanChanged, useApi } from '../api/hooks';
import { announce } from '../history/announce';
import type { MessageKey } from '../i18n';
import { AuditTable, useAuditFormat } from './drawer/AuditTable';
import { DeviceEditForm } from './drawer/DeviceEditForm';
import { EvidenceTable } from './drawer/EvidenceTable';
import { OverrideForm } from './drawer/OverrideForm';
import { ErrorMessage } from './ErrorMessage';

export function DeviceDrawer({ id, sites, onClose }: { id: number; sites: SiteRow[]; onClose(): void }) {
  const { t, lang, formatDate, formatDateTime, formatMoney } = useAuditFormat();
  const detail = useApi('devices:get', { id });
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    setEditing(false);
    setError(null);
  }, [id]);

  const act = async (fn: () => Promise<unknown>, done: MessageKey | string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      notifyPlanChanged();
      announce(done.includes('.') && !done.includes(' ') ? t(done as MessageKey) : done);
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
      // A button that got disabled or a form that closed drops focus to <body>: keep it in the drawer.
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
      }, 0);
    }
  };

  // Escape closes the drawer from anywhere inside it, or when focus fell back to <body>.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const a = document.activeElement;
      if (!a || a === document.body || a.closest('.drawer')) {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const save = async (changes: DeviceEdit) => {
    if (Object.keys(changes).length === 0) return setEditing(false);
    if (await act(() => call('devices:update', { id, changes }), 'drawer.saved')) setEditing(false);
  };
  const override = (status: 'restricted' | 'clear', reason: string) =>
    act(() => call('devices:bulkUpdate', { ids: [id], override: { status, reason } }), t('bulk.done', { devices: 1, sites: 0 }));

  const d: DeviceDetail | undefined = detail.data;
  const title = d ? d.device.assetTag ?? d.device.model ?? t('inventory.device', { id }) : t('inventory.device', { id });
  const siteLabel = (siteId: number | null, fallback: string | null) => {
    const s = sites.find((x) => x.id === siteId);
    return s ? (lang === 'fr' && s.nameFr ? s.nameFr : s.name) : fallback;
  };
  const v = (x: string | null | undefined) => (x === null || x === undefined || x === '' ? t('common.none') : x);

  return (
    <aside
      className="drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="drawer-title"
    >
      <div className="drawer-head">
        <h2 id="drawer-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('drawer.close')}>
          ×
        </button>
      </div>
      {detail.error && <ErrorMessage message={detail.error} onRetry={detail.reload} />}
      {error && <ErrorMessage message={error} />}
      {d && (
        <div className="drawer-body">
          <p>
            <span className={`status status-${d.device.status}`}>{t(`status.${d.device.status}` as MessageKey)}</span>
            {d.device.company && <span className="mini-badge">{d.device.company}</span>}
            {d.device.overridden && <span className="mini-badge">{t('inventory.overriddenBadge')}</span>}
            {d.device.excluded && <span className="mini-badge">{t('inventory.excludedBadge')}</span>}
          </p>
          <section aria-labelledby="drawer-fields">
            <h3 id="drawer-fields">{t('drawer.fields')}</h3>
            {editing ? (
              <DeviceEditForm detail={d} sites={sites} busy={busy} onSave={save} onCancel={() => setEditing(false)} />
            ) : (
              <>
                <dl className="fields">
                  <dt>{t('col.assetTag')}</dt><dd>{v(d.device.assetTag)}</dd>
                  <dt>{t('col.site')}</dt><dd>{v(siteLabel(d.device.siteId, d.device.site))}</dd>
                  <dt>{t('col.building')}</dt><dd>{v(d.device.building)}</dd>
                  <dt>{t('col.location')}</dt><dd>{v(d.device.location)}</dd>
                  <dt>{t('col.type')}</dt><dd>{t(`type.${d.device.type}` as MessageKey)}{d.subtype ? ` (${d.subtype})` : ''}</dd>
                  <dt>{t('col.manufacturer')}</dt><dd>{v(d.device.manufacturer)}</dd>
                  <dt>{t('col.model')}</dt><dd>{v(d.device.model)}</dd>
                  <dt>{t('col.serial')}</dt><dd>{v(d.device.serial)}</dd>
                  <dt>{t('col.mac')}</dt><dd>{v(d.device.mac)}{d.macRaw && d.macRaw !== d.device.mac ? ` (${d.macRaw})` : ''}</dd>
                  <dt>{t('col.ip')}</dt><dd>{v(d.device.ip)}</dd>
                  <dt>{t('col.firmware')}</dt><dd>{v(d.device.firmware)}</dd>
                  <dt>{t('col.installDate')}</dt><dd>{d.device.installDate ? formatDate(d.device.installDate) : t('common.none')}</dd>
                  <dt>{t('col.lifecycle')}</dt><dd>{d.device.lifecycle ? t(`lifecycle.${d.device.lifecycle}` as MessageKey) : t('common.none')}</dd>
                  <dt>{t('drawer.excluded')}</dt><dd>{t(d.device.excluded ? 'drawer.yes' : 'drawer.no')}</dd>
                  {d.costCents !== null && (<><dt>{t('drawer.cost')}</dt><dd>{formatMoney(d.costCents, { cents: true })}</dd></>)}
                  <dt>{t('drawer.notes')}</dt><dd className="notes">{v(d.notes)}</dd>
                </dl>
                <button type="button" onClick={() => setEditing(true)}>{t('drawer.edit')}</button>
              </>
            )}
          </section>

          <section aria-labelledby="drawer-evidence">
            <h3 id="drawer-evidence">{t('drawer.evidence')}</h3>
            <EvidenceTable evidence={d.device.evidence} />
          </section>

          <section aria-labelledby="drawer-override">
            <h3 id="drawer-override">{t('drawer.override')}</h3>
            <p className="help">{t('drawer.overrideHelp')}</p>
            <OverrideForm idPrefix="drawer-ov" busy={busy} onSubmit={override} />
            {d.overrides.length > 0 && (
              <>
                <h4>{t('drawer.overrides')}</h4>
                <ul className="plain">
                  {d.overrides.map((o) => (
                    <li key={o.id}>
                      {t('drawer.overrideLine', { status: t(`status.${o.status}` as MessageKey), user: o.user, date: formatDateTime(o.at), reason: o.reason })}{' '}
                      {o.revokedAt && t('drawer.revoked', { date: formatDateTime(o.revokedAt) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="drawer-provenance">
            <h3 id="drawer-provenance">{t('drawer.provenance')}</h3>
            {d.provenance.file || d.provenance.importId ? (
              <dl className="fields">
                <dt>{t('drawer.file')}</dt><dd>{v(d.provenance.file)}</dd>
                <dt>{t('drawer.sheet')}</dt><dd>{v(d.provenance.sheet)}</dd>
                <dt>{t('drawer.row')}</dt><dd>{d.provenance.row ?? t('common.none')}</dd>
                <dt>{t('drawer.importedAt')}</dt><dd>{d.provenance.importedAt ? formatDateTime(d.provenance.importedAt) : t('common.none')}</dd>
                <dt>{t('drawer.importNo')}</dt><dd>{d.provenance.importId ?? t('common.none')}</dd>
                <dt>{t('drawer.format')}</dt><dd>{v(d.provenance.format)}</dd>
                <dt>{t('drawer.sourceTool')}</dt><dd>{v(d.provenance.sourceTool)}</dd>
              </dl>
            ) : (
              <p>{t('drawer.manual')}</p>
            )}
            {Object.keys(d.extra).length > 0 && (
              <>
                <h4>{t('drawer.extra')}</h4>
                <dl className="fields">
                  {Object.entries(d.extra).map(([k, x]) => (<Fragment key={k}><dt>{k}</dt><dd>{x}</dd></Fragment>))}
                </dl>
              </>
            )}
          </section>

          <section aria-labelledby="drawer-audit">
            <h3 id="drawer-audit">{t('drawer.audit')}</h3>
            <AuditTable entries={d.audit} />
          </section>
        </div>
      )}
    </aside>
  );
}
