import { XSS_CORPUS, XSS_CORPUS_RENDERED, executableDomParts, unsafeDomParts } from '@hub/domain/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { htmlExcerpt } from '../../home/html-excerpt';
import { ServerHtml } from '../components/server-html';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { vocabulariesMock } from '../../../testing/fixtures';
import { QUESTION_PAGE_QUERY } from '../graphql/question-page.operations';
import { QuestionPage } from './question-page';

const contribution = {
  __typename: 'Contribution',
  id: 'c1',
  bodyHtml: '<p>Rents rose by a third.</p>',
  places: ['LB25'],
  cohorts: ['SYR'],
  periodFrom: '2024-01-01T00:00:00.000Z',
  periodTo: '2024-03-01T00:00:00.000Z',
  evidenceType: 'DIRECT_OBSERVATION',
  confidence: 'HIGH',
  gatheringBasis: null,
  tags: ['rent'],
  language: 'ar',
  sensitivity: 'RESTRICTED',
  helpfulCount: 2,
  viewerFoundHelpful: true,
  createdAt: '2024-03-02T10:00:00.000Z',
  author: { __typename: 'ContributionAuthor', anonymous: true, organisationType: 'NATIONAL_NGO', governorate: 'LB5', user: null },
  comments: [],
};

function question(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ResearchQuestion',
    id: 'q1',
    title: 'Why are evictions rising in Zahle?',
    bodyHtml: '<p>VASyR shows more evictions.</p>',
    purpose: 'To plan shelter assistance.',
    status: 'OPEN',
    sensitivity: 'RESTRICTED',
    version: 3,
    opensAt: null,
    closesAt: '2030-01-31T00:00:00.000Z',
    createdAt: '2024-01-01T00:00:00.000Z',
    source: { __typename: 'QuestionSource', assessment: 'VASyR', year: 2023, indicator: 'Evictions', url: null },
    sectors: ['SHELTER'],
    places: ['LB25'],
    cohorts: ['SYR'],
    tags: ['evictions'],
    author: { __typename: 'UserSummary', id: 'u1', displayName: 'Lina' },
    organisation: { __typename: 'Organisation', id: 'o1', name: 'UNHCR', acronym: null },
    viewerCan: { __typename: 'QuestionPermissions', edit: false, manage: false, contribute: true, comment: true },
    viewerFollows: false,
    comments: [],
    contributionCount: 1,
    contributions: { __typename: 'ContributionConnection', totalCount: 1, edges: [{ __typename: 'ContributionEdge', node: contribution }] },
    synthesis: null,
    duplicateOf: null,
    related: [],
    ...overrides,
  };
}

function questionMock(data: ReturnType<typeof question>) {
  return { request: { query: QUESTION_PAGE_QUERY, variables: { id: 'q1' } }, result: { data: { question: data } } };
}

const options = { route: '/questions/q1', path: '/questions/:id', viewer: { roles: ['CONTRIBUTOR' as const] } };

describe('QuestionPage', () => {
  it('shows the question, its source and purpose, and vocabulary codes by name', async () => {
    renderWithProviders(<QuestionPage />, { ...options, mocks: [questionMock(question()), vocabulariesMock] });
    expect(screen.getByText('Loading the question…')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Why are evictions rising in Zahle?' })).toBeTruthy();
    expect(screen.getByText('To plan shelter assistance.')).toBeTruthy();
    expect(screen.getByText('VASyR')).toBeTruthy();
    const sectors = await screen.findByRole('list', { name: 'Sectors' });
    expect(await within(sectors).findByText('Shelter')).toBeTruthy();
    expect(await screen.findByText('Anonymous: National NGO in Akkar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Helpful' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('heading', { name: "Sector lead's actions" })).toBeNull();
  });

  it('shows the lead actions only to those who may manage', async () => {
    const managed = question({ viewerCan: { __typename: 'QuestionPermissions', edit: true, manage: true, contribute: true, comment: true } });
    renderWithProviders(<QuestionPage />, { ...options, mocks: [questionMock(managed), vocabulariesMock] });
    expect(await screen.findByRole('heading', { name: "Sector lead's actions" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the synthesis' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close the question' })).toBeTruthy();
  });

  it('says when the question does not exist', async () => {
    renderWithProviders(<QuestionPage />, {
      ...options,
      mocks: [
        {
          request: { query: QUESTION_PAGE_QUERY, variables: { id: 'q1' } },
          result: { errors: [new GraphQLError('gone', { extensions: { code: 'NOT_FOUND' } })] },
        },
        vocabulariesMock,
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Question not found' })).toBeTruthy();
  });

  it('validates the contribution and asks how knowledge from people was gathered', async () => {
    renderWithProviders(<QuestionPage />, { ...options, mocks: [questionMock(question()), vocabulariesMock] });
    const submit = await screen.findByRole('button', { name: 'Post the contribution' });
    expect(screen.queryByLabelText('How was it gathered?')).toBeNull();
    fireEvent.click(submit);
    expect(await screen.findByText('Write your contribution.')).toBeTruthy();
    expect(screen.getByText('Say where this knowledge comes from.')).toBeTruthy();
    expect(screen.getByText('Choose how confident you are.')).toBeTruthy();

    await screen.findByRole('option', { name: 'Focus group discussion' });
    fireEvent.change(screen.getByLabelText('Where does this come from?'), { target: { value: 'FOCUS_GROUP_DISCUSSION' } });
    expect(screen.getByLabelText('How was it gathered?')).toBeTruthy();
  });

  it('previews markdown as plain text, never as HTML', async () => {
    renderWithProviders(<QuestionPage />, { ...options, mocks: [questionMock(question()), vocabulariesMock] });
    const body = await screen.findByLabelText('Your contribution');
    fireEvent.change(body, { target: { value: '<img src=x onerror=alert(1)>\n\nSecond paragraph' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const panel = screen.getByRole('tabpanel', { name: 'Preview' });
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(panel.querySelectorAll('p')).toHaveLength(2);
  });
});

/**
 * The XSS corpus as the API serves it (the golden file its test keeps current), rendered by the
 * real components: question body, every contribution and the synthesis. Nothing executable may
 * reach the DOM. The browser test (apps/web-e2e/src/xss.e2e.ts) runs the same corpus in Chromium.
 */
describe('QuestionPage with the XSS corpus', () => {
  const trapped = window as unknown as { __xss?: number };

  afterEach(() => {
    delete trapped.__xss;
    jest.restoreAllMocks();
  });

  it('renders every payload inert in the question, the contributions and the synthesis', async () => {
    const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);
    const served = XSS_CORPUS.map((payload) => XSS_CORPUS_RENDERED[payload.name]);
    expect(served.every((html) => typeof html === 'string')).toBe(true); // the golden file covers the corpus
    const everything = served.join('\n');
    const contributions = served.map((bodyHtml, i) => ({ __typename: 'ContributionEdge', node: { ...contribution, id: `c${i}`, bodyHtml } }));
    const attacked = question({
      bodyHtml: everything,
      contributionCount: contributions.length,
      contributions: { __typename: 'ContributionConnection', totalCount: contributions.length, edges: contributions },
      synthesis: { __typename: 'Synthesis', version: 1, bodyHtml: everything, publishedAt: '2024-04-01T00:00:00.000Z', author: null, citations: [] },
    });
    const { container } = renderWithProviders(<QuestionPage />, { ...options, mocks: [questionMock(attacked), vocabulariesMock] });
    await screen.findByRole('heading', { level: 1, name: 'Why are evictions rising in Zahle?' });

    const blocks = Array.from(container.querySelectorAll('.server-html'));
    expect(blocks).toHaveLength(XSS_CORPUS.length + 2);
    expect(blocks.flatMap((block) => unsafeDomParts(block))).toEqual([]);
    expect(executableDomParts(document.body)).toEqual([]);
    expect(trapped.__xss).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });

  it('makes plain-text excerpts of it (home page), never HTML', () => {
    const excerpt = htmlExcerpt(XSS_CORPUS.map((payload) => XSS_CORPUS_RENDERED[payload.name]).join('\n'), 100_000);
    const { container } = render(<p>{excerpt}</p>);
    expect(container.querySelectorAll('p *')).toHaveLength(0);
    expect(excerpt).toContain('<script>window.__xss = 1</script>'); // shown as text
    expect(trapped.__xss).toBeUndefined();
  });

  it('would find unsanitised HTML (the checks themselves can fail)', () => {
    const { container } = render(<ServerHtml html={'<img src="x" onerror="window.__xss = 1"><a href="javascript:alert(1)" target="_blank">x</a><iframe srcdoc="x"></iframe>'} />);
    const block = container.querySelector('.server-html') as Element;
    expect(unsafeDomParts(block)).toEqual([
      'element img',
      'attribute src on img',
      'attribute onerror on img',
      'href javascript:alert(1)',
      'target=_blank without rel=noopener',
      'element iframe',
      'attribute srcdoc on iframe',
    ]);
    expect(executableDomParts(block)).toEqual(['handler onerror on img', 'href=javascript:alert(1) on a', 'element iframe']);
  });
});
