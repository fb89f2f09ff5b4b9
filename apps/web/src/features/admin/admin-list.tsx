import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PendingState } from '../../ui';

/**
 * What an admin list shows until its first answer: the loading state, or the error with a retry.
 * Once data is there it stays on screen while a refetch runs or fails.
 */
export function ListPending({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return <PendingState error={error} onRetry={onRetry} loadingLabel={t('admin.loading')} errorTitle={t('admin.loadError')} retryLabel={t('admin.retry')} />;
}

/** An admin list's table: a caption, one header per column, and sideways scrolling on a narrow screen. */
export function AdminTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="admin-table-wrapper">
      <table className="admin-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row, and beneath it, while `editor` is given, the editor in a row spanning every column. */
export function RowWithEditor({ columns, editor, testId, children }: { columns: number; editor: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <>
      <tr data-testid={testId}>{children}</tr>
      {editor ? (
        <tr>
          <td colSpan={columns}>{editor}</td>
        </tr>
      ) : null}
    </>
  );
}

/** Opens and closes a row's editor; its accessible name says which row. */
export function EditToggle({ open, name, onToggle }: { open: boolean; name: string; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="secondary" aria-expanded={open} aria-label={t('admin.editNamed', { name })} onClick={onToggle}>
      {t('admin.edit')}
    </Button>
  );
}
