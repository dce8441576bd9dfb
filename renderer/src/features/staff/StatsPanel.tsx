import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatRowView } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { call } from '../../api/client';
import { useStaff } from './context';
import { lastThirtyDays } from './stats-range';

const kinds = ['session', 'language', 'theme', 'procedure', 'checklist', 'structure'] as const;

/** Same columns as `npm run cli -- stats --csv`. */
function toCsv(rows: StatRowView[]): string {
  return ['day,kind,item,count', ...rows.map((r) => `${r.day},${r.kind},${r.item},${r.count}`)].join('\n') + '\n';
}

function totals(rows: StatRowView[], kind: string): { item: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) if (r.kind === kind) m.set(r.item, (m.get(r.item) ?? 0) + r.count);
  return [...m].map(([item, count]) => ({ item, count })).sort((a, b) => b.count - a.count);
}

/** Horizontal bars: each bar has its label and its number in text, so nothing rests on colour or length alone. */
interface BarsProps {
  title: string;
  data: { item: string; count: number }[];
  label: (id: string) => string;
  lang?: (id: string) => string | undefined;
}

function Bars({ title, data, label, lang }: BarsProps) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const rowH = 44;
  return (
    <figure className="stats-chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${data.map((d) => `${label(d.item)} ${d.count}`).join(', ')}`}
        viewBox={`0 0 1000 ${data.length * rowH}`}
        width="100%"
        height={data.length * rowH}
      >
        {data.map((d, i) => (
          <g key={d.item} transform={`translate(0 ${i * rowH})`}>
            <text x="0" y="30" className="stats-chart__label" lang={lang?.(d.item)}>
              {label(d.item)}
            </text>
            <rect x="360" y="8" height="28" width={Math.max(4, (d.count / max) * 520)} className="stats-chart__bar" />
            <text x={370 + Math.max(4, (d.count / max) * 520)} y="30" className="stats-chart__value">
              {d.count}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function StatsPanel() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rows, setRows] = useState<StatRowView[] | null>(null);
  const [error, setError] = useState(false);

  // The days are the kiosk's (its territory's zone), as main counts them; the browser's zone may differ.
  useEffect(() => {
    call('getKioskConfig', {}).then(
      (config) => {
        const range = lastThirtyDays(new Date(), config.timezone);
        setFrom(range.from);
        setTo(range.to);
      },
      () => setError(true),
    );
  }, []);
  const load = useCallback(() => {
    if (!from || !to) return;
    setError(false);
    staff.call('staffStats', { from, to }).then(setRows, () => setError(true));
  }, [staff, from, to]);
  useEffect(load, [load]);

  const label = (kind: string) => (id: string) =>
    kind === 'language'
      ? languageInfo(id).endonym
      : kind === 'theme'
        ? t(`theme.${id}`)
        : kind === 'session'
          ? t('staff.stats.sessions')
          : id;
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(rows ?? [])], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `repere-stats-${from}-${to}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <p className="screen__instruction">{t('staff.stats.instruction')}</p>
      <div className="staff-form staff-form--inline">
        <label>
          {t('staff.stats.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="stats-from" />
        </label>
        <label>
          {t('staff.stats.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="stats-to" />
        </label>
        <button type="button" className="staff-button" onClick={download} disabled={!rows} data-testid="stats-csv">
          {t('staff.stats.csv')}
        </button>
      </div>
      {error && <p role="alert">{t('staff.error')}</p>}
      {rows && rows.length === 0 && <p>{t('staff.stats.empty')}</p>}
      {rows && rows.some((r) => r.kind === 'session') && (
        <Bars
          title={t('staff.stats.perDay')}
          data={rows.filter((r) => r.kind === 'session').map((r) => ({ item: r.day, count: r.count }))}
          label={(day) => day}
        />
      )}
      {rows &&
        kinds.map((kind) => {
          const data = totals(rows, kind);
          return data.length > 0 ? (
            <Bars
              key={kind}
              title={t(`staff.stats.kind.${kind}`)}
              data={data}
              label={label(kind)}
              lang={kind === 'language' ? (id) => languageInfo(id).tag : undefined}
            />
          ) : null;
        })}
    </>
  );
}
