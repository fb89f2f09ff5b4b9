import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, PendingState } from '../../../ui';
import { useSession } from '../../account/session-context';
import { useVocabularies } from '../../vocabulary';
import { ACCESS_CHOICES_QUERY } from '../graphql/ask-question.operations';
import type { QuestionDraft } from './ask-validation';

export interface AccessFieldsProps {
  draft: QuestionDraft;
  errors: Partial<Record<keyof QuestionDraft, string>>;
  onChange: (patch: Partial<QuestionDraft>) => void;
}

/** Who may read a confidential question: sectors and organisations, or named people. */
export function AccessFields({ draft, errors, onChange }: AccessFieldsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { sectorOptions } = useVocabularies();
  const organisationId = session.status === 'signedIn' ? session.viewer.organisationId : '';
  // Only a confidential question needs the lists: a weak connection should not fetch them for every question.
  const chooses = draft.sensitivity === 'CONFIDENTIAL' || draft.sensitivity === 'STRICTLY_CONFIDENTIAL';
  const { data, error, refetch } = useQuery(ACCESS_CHOICES_QUERY, { variables: { organisationId }, skip: !organisationId || !chooses });
  const organisations = (data?.organisations ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.acronym ? `${organisation.acronym} – ${organisation.name}` : organisation.name,
  }));
  const people = (data?.organisationMembers.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.displayName }));
  // Until the lists arrive (on a weak connection, a while) the groups below would be empty.
  const pending =
    chooses && organisationId && !data ? (
      <PendingState error={error} onRetry={() => void refetch()} loadingLabel={t('ask.access.loading')} errorTitle={t('ask.access.loadError')} retryLabel={t('question.error.retry')} />
    ) : null;

  if (draft.sensitivity === 'CONFIDENTIAL') {
    return (
      <>
        <CheckboxGroup
          legend={t('ask.access.sectors')}
          hint={t('ask.access.confidentialHint')}
          options={sectorOptions}
          selected={draft.accessSectors}
          error={errors.accessSectors}
          onChange={(accessSectors) => onChange({ accessSectors })}
        />
        <CheckboxGroup
          legend={t('ask.access.organisations')}
          options={organisations}
          selected={draft.accessOrganisations}
          error={errors.accessOrganisations}
          onChange={(accessOrganisations) => onChange({ accessOrganisations })}
        />
        {pending}
      </>
    );
  }
  if (draft.sensitivity === 'STRICTLY_CONFIDENTIAL') {
    return (
      <>
        <CheckboxGroup
          legend={t('ask.access.people')}
          hint={t('ask.access.peopleHint')}
          options={people}
          selected={draft.accessUsers}
          error={errors.accessUsers}
          onChange={(accessUsers) => onChange({ accessUsers })}
        />
        {pending}
      </>
    );
  }
  return null;
}
