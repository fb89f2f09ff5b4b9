import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { AdminTable, EditToggle, ListPending, RowWithEditor } from './admin-list';

describe('admin lists', () => {
  it('shows the loading state, then the error with a retry', () => {
    const retries: number[] = [];
    const { unmount } = renderWithProviders(<ListPending error={undefined} onRetry={() => retries.push(1)} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    unmount();
    renderWithProviders(<ListPending error={new Error('offline')} onRetry={() => retries.push(1)} />);
    expect(screen.getByText('This list could not be loaded.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retries).toEqual([1]);
  });

  it('opens an editor beneath its row, spanning every column', () => {
    renderWithProviders(<Table />);
    const table = screen.getByRole('table', { name: 'Cohorts' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Actions']);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    const toggle = screen.getByRole('button', { name: 'Edit Displaced Syrians' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('the editor').closest('td')?.getAttribute('colspan')).toBe('2');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    fireEvent.click(toggle);
    expect(screen.queryByText('the editor')).toBeNull();
  });
});

function Table() {
  const [open, setOpen] = useState(false);
  return (
    <AdminTable caption="Cohorts" columns={['Name', 'Actions']}>
      <RowWithEditor columns={2} editor={open ? <p>the editor</p> : null}>
        <th scope="row">Displaced Syrians</th>
        <td>
          <EditToggle open={open} name="Displaced Syrians" onToggle={() => setOpen(!open)} />
        </td>
      </RowWithEditor>
    </AdminTable>
  );
}
