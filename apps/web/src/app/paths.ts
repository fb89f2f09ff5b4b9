export const ROUTES = {
  home: '/',
  search: '/search',
  ask: '/ask',
  status: '/status',
} as const;
