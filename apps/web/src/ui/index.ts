export { Button, LinkButton, type ButtonProps, type ButtonVariant, type LinkButtonProps } from './button';
export { ComingSoon, type ComingSoonProps } from './coming-soon';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorMessage, type ErrorMessageProps } from './error-message';
export { LoadingState, Spinner, type LoadingStateProps } from './loading-state';
export { PageHeading, type PageHeadingProps } from './page-heading';
export { PendingState, type PendingStateProps } from './pending-state';
export { RouteFocusContext } from './route-focus';
export { SkipLink, type SkipLinkProps } from './skip-link';
export { StatusBadge, type StatusBadgeProps, type StatusTone } from './status-badge';
export { Chip, ChipList, type ChipListProps } from './chip';
export {
  CheckboxField,
  CheckboxGroup,
  FieldError,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  type CheckboxFieldProps,
  type CheckboxGroupProps,
  type RadioGroupProps,
  type SelectFieldProps,
  type SelectOption,
  type TextAreaFieldProps,
  type TextFieldProps,
} from './form-field';
export { formatNumber } from './format';
export { useDateFormat, useRenderTimeZone, type DateFormat } from './use-date-format';
export { HighlightedText, splitHighlights, type HighlightRangeLike } from './highlighted-text';
