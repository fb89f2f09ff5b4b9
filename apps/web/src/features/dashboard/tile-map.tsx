import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui';

/**
 * Where each governorate of Lebanon sits on a 3 × 5 grid (north at the top, the coast on the
 * left). Governorates of another country's places tree fall back to reading order.
 */
const LEBANON_TILES: Record<string, [column: number, row: number]> = {
  LB7: [1, 0],
  LB5: [0, 1],
  LB8: [2, 1],
  LB9: [0, 2],
  LB1: [0, 3],
  LB3: [1, 3],
  LB2: [2, 3],
  LB6: [0, 4],
  LB4: [1, 4],
};
const TILE = 120;
const GAP = 6;
const SHADES = ['#e8f0f9', '#b9d0ea', '#7fa9d6', '#3f79b8', '#0a5194'];

export interface TileValue {
  code: string;
  name: string;
  count: number | null;
  lessThan: number | null;
}

/** Governorates coloured by activity; "fewer than k" tiles get the lightest shade and say so. */
export function TileMap({ tiles, label }: { tiles: TileValue[]; label: string }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...tiles.map((tile) => tile.count ?? 0));
  const placed = tiles.map((tile, index) => ({ tile, at: LEBANON_TILES[tile.code] ?? [index % 3, 5 + Math.floor(index / 3)] }));
  const rows = Math.max(...placed.map((p) => p.at[1]), 0) + 1;
  return (
    // A map keeps its geography in every language: never mirrored.
    <svg className="tile-map" viewBox={`0 0 ${3 * (TILE + GAP)} ${rows * (TILE + GAP)}`} role="img" aria-label={label}>
      {placed.map(({ tile, at: [column, row] }) => {
        const level = tile.count === null ? 0 : Math.min(SHADES.length - 1, Math.ceil((tile.count / max) * (SHADES.length - 1)));
        const dark = level >= 3;
        const value = tile.count === null ? t('dashboard.fewerThan', { k: tile.lessThan }) : formatNumber(tile.count, i18n.language);
        return (
          <g key={tile.code} transform={`translate(${column * (TILE + GAP)} ${row * (TILE + GAP)})`} data-code={tile.code}>
            <rect width={TILE} height={TILE} rx={8} fill={SHADES[level]} stroke="#6b747d" />
            <text x={TILE / 2} y={TILE / 2 - 8} textAnchor="middle" className="tile-map__name" fill={dark ? '#ffffff' : '#1b1f23'}>
              {tile.name}
            </text>
            <text x={TILE / 2} y={TILE / 2 + 18} textAnchor="middle" className="tile-map__value" fill={dark ? '#ffffff' : '#1b1f23'}>
              {value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
