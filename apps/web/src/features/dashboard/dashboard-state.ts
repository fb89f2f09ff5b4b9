import type { DashboardFilterInput } from '../../graphql/generated/graphql';

export interface DashboardState {
  sector: string;
  place: string;
  cohort: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters live in the URL (`?sector=EDU&place=LB7&from=2025-01-01`): shareable and back-button safe. */
export function dashboardStateFromParams(params: URLSearchParams): DashboardState {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return { sector: params.get('sector') ?? '', place: params.get('place') ?? '', cohort: params.get('cohort') ?? '', from: date('from'), to: date('to') };
}

export function dashboardStateToParams(state: DashboardState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['sector', 'place', 'cohort', 'from', 'to'] as const) if (state[key]) params.set(key, state[key]);
  return params;
}

export function dashboardFilter(state: DashboardState): DashboardFilterInput {
  return {
    ...(state.sector ? { sectors: [state.sector] } : {}),
    ...(state.place ? { place: state.place } : {}),
    ...(state.cohort ? { cohorts: [state.cohort] } : {}),
    ...(state.from ? { from: `${state.from}T00:00:00.000Z` } : {}),
    ...(state.to ? { to: `${state.to}T23:59:59.999Z` } : {}),
  };
}
