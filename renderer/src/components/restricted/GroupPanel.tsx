// One group of the Restricted view (a company, or a site): a heading with a
// disclosure button, a summary line, and its devices loaded only when opened.
import { useId, useState, type ReactNode } from 'react';
import type { DeviceQuery } from '../../../../electron/api/types';
import { useI18n } from '../../i18n';
import { DeviceTable } from './DeviceTable';
import { useDeviceList } from './useDeviceList';

const PAGE = 50;

export function GroupPanel(props: {
  title: string;
  count: number | null;
  badge?: ReactNode;
  children?: ReactNode;
  query: DeviceQuery | null;
  showSite: boolean;
  openId: number | null;
  onOpen(id: number): void;
  testId?: string;
}) {
  const { t, formatNumber } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  const list = useDeviceList(props.query ?? {}, PAGE, expanded && props.query !== null);
  const canExpand = props.query !== null && (props.count ?? 0) > 0;
  return (
    <section className="group-panel" data-testid={props.testId} aria-label={props.title}>
      <h3 className="group-title">
        {canExpand ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={expanded}
            aria-controls={panelId}
            aria-label={t(expanded ? 'restricted.hideDevices' : 'restricted.showDevices', { group: props.title })}
            onClick={() => setExpanded((x) => !x)}
          >
            <span aria-hidden="true" className="disclosure-mark">{expanded ? '▾' : '▸'}</span> {props.title}
          </button>
        ) : (
          <span className="group-name">{props.title}</span>
        )}
        {props.count !== null && <span className="group-count">{formatNumber(props.count)}</span>}
        {props.badge}
      </h3>
      {props.children}
      {expanded && canExpand && (
        <div id={panelId}>
          <DeviceTable list={list} caption={t('restricted.devicesOf', { group: props.title })} openId={props.openId} onOpen={props.onOpen} showSite={props.showSite} />
        </div>
      )}
    </section>
  );
}
