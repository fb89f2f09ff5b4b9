import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSectorsQuery, SensitivityLevel } from '../../../graphql/generated/graphql';
import { PageHeading, SelectField } from '../../../ui';
import { useSensitivityOptions } from '../../questions/components/sensitivity';
import { useLanguage } from '../../vocabulary';
import { AdminTable, EditToggle, ListPending, RowWithEditor } from '../admin-list';
import { useAction } from '../action-errors';
import {
  ADMIN_SECTORS_QUERY,
  CREATE_SECTOR_MUTATION,
  SET_SECTOR_SENSITIVITY_MUTATION,
  UPDATE_SECTOR_MUTATION,
} from '../graphql/vocabulary-admin.operations';
import { aliasList, EMPTY_TERM, TermForm, termValues, type TermValues } from './term-form';

type TopSector = AdminSectorsQuery['sectors'][number];
type Sector = TopSector['subSectors'][number];

/** /admin/sectors: names, aliases, sub-sectors and the default sensitivity of each sector. */
export function SectorsPage() {
  const { t } = useTranslation('people');
  const language = useLanguage();
  const { data, error, refetch } = useQuery(ADMIN_SECTORS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);

  let content;
  if (!data) {
    content = <ListPending error={error} onRetry={() => void refetch()} />;
  } else {
    const rows = data.sectors.flatMap((sector) => [{ sector, sub: false }, ...sector.subSectors.map((sub) => ({ sector: sub, sub: true }))]);
    content = (
      <AdminTable caption={t('admin.sectors.caption')} columns={[t('admin.terms.name'), t('admin.terms.code'), t('admin.sectors.defaultSensitivity'), t('admin.actions')]}>
        {rows.map(({ sector, sub }) => {
          const name = sector.names[language] || sector.names.en;
          return (
            <RowWithEditor
              key={sector.code}
              testId={`sector-${sector.code}`}
              columns={4}
              editor={editing === sector.code ? <EditSector sector={sector} topLevel={data.sectors} onDone={() => setEditing(null)} /> : null}
            >
              <th scope="row" className={sub ? 'admin-table__sub' : undefined}>
                <bdi>{name}</bdi>
              </th>
              <td>
                <code>{sector.code}</code>
              </td>
              <td>
                <SensitivitySelect sector={sector} name={name} />
              </td>
              <td>
                <EditToggle open={editing === sector.code} name={name} onToggle={() => setEditing(editing === sector.code ? null : sector.code)} />
              </td>
            </RowWithEditor>
          );
        })}
      </AdminTable>
    );
  }

  return (
    <article>
      <PageHeading>{t('admin.sectors.title')}</PageHeading>
      <p>{t('admin.sectors.intro')}</p>
      {content}
      <section className="admin-panel" aria-labelledby="new-sector">
        <h2 id="new-sector">{t('admin.sectors.new')}</h2>
        <NewSector topLevel={data?.sectors ?? []} onCreated={() => void refetch()} />
      </section>
    </article>
  );
}

function SensitivitySelect({ sector, name }: { sector: Sector; name: string }) {
  const { t } = useTranslation('people');
  const options = useSensitivityOptions();
  const action = useAction();
  const [setLevel] = useMutation(SET_SECTOR_SENSITIVITY_MUTATION);
  return (
    <div className="admin-inline-field">
      <select
        aria-label={t('admin.sectors.defaultSensitivityOf', { name })}
        className="field__control"
        value={sector.defaultSensitivity}
        disabled={action.running}
        onChange={(event) =>
          void action.run(() => setLevel({ variables: { code: sector.code, level: event.target.value as SensitivityLevel } }))
        }
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {action.formError ? (
        <p className="field__error" role="alert">
          {action.formError}
        </p>
      ) : null}
    </div>
  );
}

function ParentSelect({ topLevel, value, onChange, exclude }: ParentSelectProps) {
  const { t } = useTranslation('people');
  const language = useLanguage();
  return (
    <SelectField
      label={t('admin.sectors.parent')}
      hint={t('admin.sectors.parentHint')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder={t('admin.sectors.noParent')}
      options={topLevel
        .filter((sector) => sector.code !== exclude)
        .map((sector) => ({ value: sector.code, label: sector.names[language] || sector.names.en }))}
    />
  );
}

interface ParentSelectProps {
  topLevel: ReadonlyArray<Sector>;
  value: string;
  onChange: (code: string) => void;
  exclude?: string;
}

function EditSector({ sector, topLevel, onDone }: { sector: Sector; topLevel: ReadonlyArray<TopSector>; onDone: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [parent, setParent] = useState(sector.parentCode ?? '');
  const [update] = useMutation(UPDATE_SECTOR_MUTATION, { refetchQueries: [ADMIN_SECTORS_QUERY] });
  const save = async (values: TermValues) => {
    const done = await action.run(() =>
      update({
        variables: {
          code: sector.code,
          input: { names: { en: values.en, ar: values.ar, fr: values.fr }, aliases: aliasList(values.aliases), parentCode: parent || null },
        },
      }),
    );
    if (done) onDone();
  };
  return (
    <TermForm initial={termValues(sector)} submitLabel={t('admin.save')} action={action} onSubmit={save} onCancel={onDone}>
      {/* Two levels only: a sector with sub-sectors stays top-level. */}
      {sector.parentCode || !topLevel.some((top) => top.subSectors.length > 0 && top.code === sector.code) ? (
        <ParentSelect topLevel={topLevel} value={parent} onChange={setParent} exclude={sector.code} />
      ) : null}
    </TermForm>
  );
}

function NewSector({ topLevel, onCreated }: { topLevel: ReadonlyArray<Sector>; onCreated: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [parent, setParent] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const [create] = useMutation(CREATE_SECTOR_MUTATION);
  const save = async (values: TermValues) => {
    const done = await action.run(() =>
      create({
        variables: {
          input: {
            code: values.code.trim(),
            names: { en: values.en.trim(), ar: values.ar.trim(), fr: values.fr.trim() },
            aliases: aliasList(values.aliases),
            parentCode: parent || undefined,
          },
        },
      }),
    );
    if (done) {
      setCreated(values.en.trim());
      setParent('');
      setFormKey(formKey + 1);
      onCreated();
    }
  };
  return (
    <>
      {created ? (
        <p role="status" className="admin-done">
          {t('admin.created', { name: created })}
        </p>
      ) : null}
      <TermForm key={formKey} initial={EMPTY_TERM} withCode submitLabel={t('admin.sectors.create')} action={action} onSubmit={save}>
        <ParentSelect topLevel={topLevel} value={parent} onChange={setParent} />
      </TermForm>
    </>
  );
}
