import { useMutation, useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceLevel } from '../../../graphql/generated/graphql';
import { EmptyState, PageHeading, TextField } from '../../../ui';
import { useDebouncedValue, useLanguage } from '../../vocabulary';
import { ListPending } from '../admin-list';
import { useAction } from '../action-errors';
import { ADMIN_PLACES_QUERY, ADMIN_SEARCH_PLACES_QUERY, UPDATE_PLACE_MUTATION } from '../graphql/vocabulary-admin.operations';
import { aliasList, TermForm, termValues, type TermValues } from './term-form';

interface AdminPlace {
  code: string;
  level: PlaceLevel;
  parentCode?: string | null;
  aliases: string[];
  names: { en: string; ar: string; fr: string };
}

export function placeLevelLabel(t: TFunction<'people'>, level: PlaceLevel): string {
  switch (level) {
    case 'COUNTRY':
      return t('admin.places.levels.COUNTRY');
    case 'GOVERNORATE':
      return t('admin.places.levels.GOVERNORATE');
    case 'DISTRICT':
      return t('admin.places.levels.DISTRICT');
    case 'CADASTRE':
      return t('admin.places.levels.CADASTRE');
  }
}

/** /admin/places: the places tree, browsed or searched by any name, with names and aliases edited in place. */
export function PlacesPage() {
  const { t } = useTranslation('people');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<AdminPlace | null>(null);
  const debounced = useDebouncedValue(query.trim(), 250);

  return (
    <article>
      <PageHeading>{t('admin.places.title')}</PageHeading>
      <p>{t('admin.places.intro')}</p>
      <div className="admin-split">
        <div>
          <TextField
            type="search"
            label={t('admin.places.search')}
            hint={t('admin.places.searchHint')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            dir="auto"
          />
          {debounced ? (
            <PlaceSearchResults query={debounced} onSelect={setSelected} selected={selected?.code} />
          ) : (
            <section aria-labelledby="place-tree">
              <h2 id="place-tree">{t('admin.places.tree')}</h2>
              <PlaceChildren parentCode={null} onSelect={setSelected} selected={selected?.code} />
            </section>
          )}
        </div>
        <section className="admin-panel" aria-labelledby="place-editor" aria-live="polite">
          <h2 id="place-editor">{t('admin.places.editor')}</h2>
          {selected ? (
            <PlaceEditor key={selected.code} place={selected} onSaved={setSelected} />
          ) : (
            <p>{t('admin.places.pick')}</p>
          )}
        </section>
      </div>
    </article>
  );
}

interface PlaceListProps {
  onSelect: (place: AdminPlace) => void;
  selected?: string;
}

function PlaceSearchResults({ query, onSelect, selected }: PlaceListProps & { query: string }) {
  const { t } = useTranslation('people');
  const language = useLanguage();
  const { data, error, refetch } = useQuery(ADMIN_SEARCH_PLACES_QUERY, { variables: { query, language } });
  if (!data) return <ListPending error={error} onRetry={() => void refetch()} />;
  const places = data.searchPlaces;
  if (places.length === 0) return <EmptyState title={t('admin.places.noMatch')} />;
  return (
    <ul className="admin-list" aria-label={t('admin.places.results')}>
      {places.map((place) => (
        <li key={place.code}>
          <button type="button" className="admin-link-button" aria-pressed={selected === place.code} onClick={() => onSelect(place)}>
            <bdi>{place.displayName}</bdi>
          </button>{' '}
          <span className="admin-muted">
            {placeLevelLabel(t, place.level)} · <code>{place.code}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One level of the tree, loaded when its parent is opened. */
function PlaceChildren({ parentCode, onSelect, selected }: PlaceListProps & { parentCode: string | null }) {
  const { t } = useTranslation('people');
  const { data, error, refetch } = useQuery(ADMIN_PLACES_QUERY, { variables: { parentCode } });
  if (!data) return <ListPending error={error} onRetry={() => void refetch()} />;
  const places = data.places;
  if (places.length === 0) return <p className="admin-muted">{t('admin.places.noChildren')}</p>;
  return (
    <ul className={parentCode ? 'admin-tree admin-tree--nested' : 'admin-tree'}>
      {places.map((place) => (
        <PlaceNode key={place.code} place={place} onSelect={onSelect} selected={selected} />
      ))}
    </ul>
  );
}

function PlaceNode({ place, onSelect, selected }: PlaceListProps & { place: AdminPlace }) {
  const { t } = useTranslation('people');
  const language = useLanguage();
  const [open, setOpen] = useState(place.level === 'COUNTRY');
  const name = place.names[language] || place.names.en;
  const canOpen = place.level !== 'CADASTRE';
  return (
    <li>
      <div className="admin-tree__row">
        {canOpen ? (
          <button
            type="button"
            className="admin-tree__toggle"
            aria-expanded={open}
            aria-label={t(open ? 'admin.places.collapse' : 'admin.places.expand', { name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span>
          </button>
        ) : null}
        <button type="button" className="admin-link-button" aria-pressed={selected === place.code} onClick={() => onSelect(place)}>
          <bdi>{name}</bdi>
        </button>
        <span className="admin-muted">
          {placeLevelLabel(t, place.level)} · <code>{place.code}</code>
        </span>
      </div>
      {open ? <PlaceChildren parentCode={place.code} onSelect={onSelect} selected={selected} /> : null}
    </li>
  );
}

function PlaceEditor({ place, onSaved }: { place: AdminPlace; onSaved: (place: AdminPlace) => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [saved, setSaved] = useState(false);
  // Places have no id for the cache to update them by: the open tree and results ask again.
  const [update] = useMutation(UPDATE_PLACE_MUTATION, { refetchQueries: ['AdminPlaces', 'AdminSearchPlaces'] });
  const save = async (values: TermValues) => {
    setSaved(false);
    const input = { names: { en: values.en, ar: values.ar, fr: values.fr }, aliases: aliasList(values.aliases) };
    let result: AdminPlace | undefined;
    const done = await action.run(async () => {
      const response = await update({ variables: { code: place.code, input } });
      if (response.data) result = { ...place, ...response.data.updatePlace };
    });
    if (done && result) {
      setSaved(true);
      onSaved(result);
    }
  };
  return (
    <>
      <p>
        {placeLevelLabel(t, place.level)} · <code>{place.code}</code>
      </p>
      {saved ? (
        <p role="status" className="admin-done">
          {t('admin.saved')}
        </p>
      ) : null}
      <TermForm initial={termValues(place)} submitLabel={t('admin.save')} action={action} onSubmit={save} />
    </>
  );
}
