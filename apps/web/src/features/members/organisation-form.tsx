import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@hub/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminOrganisationsQuery, OrganisationType } from '../../graphql/generated/graphql';
import { Button, ErrorMessage, SelectField, TextField } from '../../ui';
import { useAction } from '../admin/action-errors';
import { useVocabularies } from '../vocabulary';
import { CREATE_ORGANISATION_MUTATION, UPDATE_ORGANISATION_MUTATION } from './graphql/members.operations';
import { ORGANISATION_TYPES } from './member-labels';

type Organisation = AdminOrganisationsQuery['organisations'][number];

export interface OrganisationFormProps {
  /** Absent: a new organisation. */
  organisation?: Organisation;
  /** Only platform admins change the type (it is shown beside anonymous contributions). */
  withType: boolean;
  onDone: () => void;
}

/** Name, acronym and (for platform admins) type; used here and on the organisation page. */
export function OrganisationForm({ organisation, withType, onDone }: OrganisationFormProps) {
  const { t } = useTranslation('people');
  const { organisationTypeName } = useVocabularies();
  const action = useAction();
  const [name, setName] = useState(organisation?.name ?? '');
  const [acronym, setAcronym] = useState(organisation?.acronym ?? '');
  const [type, setType] = useState<string>(organisation?.type ?? '');
  const [problems, setProblems] = useState<Partial<Record<'name' | 'type', string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const [create] = useMutation(CREATE_ORGANISATION_MUTATION);
  const [update] = useMutation(UPDATE_ORGANISATION_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<'name' | 'type', string>> = {};
    if (!name.trim()) found.name = t('organisationPage.errors.nameRequired');
    else if (name.trim().length > LIMITS.nameMax) found.name = t('admin.terms.errors.tooLong', { count: LIMITS.nameMax });
    if (withType && !type) found.type = t('organisationPage.errors.typeRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const fields = { name: name.trim(), acronym: acronym.trim() || null };
    const succeeded = await action.run(() =>
      organisation
        ? update({ variables: { input: { id: organisation.id, ...fields, ...(withType ? { type: type as OrganisationType } : {}) } } })
        : create({ variables: { input: { ...fields, type: type as OrganisationType } } }),
    );
    if (!succeeded) return;
    setDone(organisation ? t('admin.saved') : t('admin.created', { name: fields.name }));
    if (!organisation) {
      setName('');
      setAcronym('');
      setType('');
    }
    onDone();
  };

  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      {done ? (
        <p role="status" className="admin-done">
          {done}
        </p>
      ) : null}
      <TextField
        label={t('organisationPage.fields.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problems.name ?? action.fieldErrors['name']}
        required
        dir="auto"
      />
      <TextField
        label={t('organisationPage.fields.acronym')}
        value={acronym}
        onChange={(event) => setAcronym(event.target.value)}
        error={action.fieldErrors['acronym']}
        dir="auto"
      />
      {withType ? (
        <SelectField
          label={t('organisationPage.fields.type')}
          value={type}
          onChange={(event) => setType(event.target.value)}
          placeholder={t('organisationPage.fields.chooseType')}
          options={ORGANISATION_TYPES.map((value) => ({ value, label: organisationTypeName(value) }))}
          error={problems.type ?? action.fieldErrors['type']}
          required
        />
      ) : null}
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
      <div className="admin-form__actions">
        <Button type="submit" disabled={action.running}>
          {organisation ? t('admin.save') : t('admin.organisations.create')}
        </Button>
      </div>
    </form>
  );
}
