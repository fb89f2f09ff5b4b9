import { useTranslation } from 'react-i18next';

export interface DataTableProps {
  caption: string;
  columns: string[];
  rows: Array<{ key: string; cells: string[] }>;
}

/** The numbers behind a chart, as a real table (for screen readers, and anyone who wants them). */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const { t } = useTranslation();
  return (
    <details className="data-table">
      <summary>{t('dashboard.showTable')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
