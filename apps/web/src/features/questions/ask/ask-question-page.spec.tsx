import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { vocabulariesMock } from '../../../testing/fixtures';
import { AskQuestionPage } from './ask-question-page';

describe('AskQuestionPage', () => {
  it('explains to contributors who may ask', () => {
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['CONTRIBUTOR'] } });
    expect(screen.getByText(/posted by sector leads and platform administrators/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish the question' })).toBeNull();
  });

  it('shows each problem next to its field', async () => {
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] }, mocks: [vocabulariesMock] });
    expect(await screen.findByRole('checkbox', { name: 'Shelter' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish the question' }));
    expect(await screen.findByText('Write the question.')).toBeTruthy();
    expect(screen.getByText('Say why this knowledge is needed.')).toBeTruthy();
    expect(screen.getByText('Choose at least one sector.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Some fields need attention');
  });

  it('explains each sensitivity level and asks who may read a confidential question', async () => {
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] }, mocks: [vocabulariesMock] });
    expect(screen.getByText('Only signed-in members of the hub can read it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Confidential' }));
    expect(await screen.findByRole('group', { name: 'Sectors that may read it' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish the question' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Save as a draft' }));
    expect(screen.getByRole('button', { name: 'Save the draft' })).toBeTruthy();
  });
});
