export { Button, LinkButton, type ButtonProps, type ButtonVariant, type LinkButtonProps } from './button';
export { ComingSoon, type ComingSoonProps } from './coming-soon';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorMessage, type ErrorMessageProps } from './error-message';
export { LoadingState, Spinner, type LoadingStateProps } from './loading-state';
export { PageHeading, type PageHeadingProps } from './page-heading';
export { RouteFocusContext } from './route-focus';
export { SkipLink, type SkipLinkProps } from './skip-link';
export { StatusBadge, type StatusBadgeProps, type StatusTone } from './status-badge';
