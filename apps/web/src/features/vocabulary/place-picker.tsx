import { useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui';
import { SEARCH_PLACES_QUERY } from './graphql/vocabularies.query';
import { useDebouncedValue } from './use-debounced-value';
import { useLanguage, useVocabularies } from './use-vocabularies';
import './pickers.css';

export interface PlacePickerProps {
  label: string;
  hint?: string;
  error?: string;
  selected: ReadonlyArray<string>;
  onChange: (codes: string[]) => void;
}

/**
 * Picks places by any of their names: Arabic, French, English or an alias ("Saida", "Sidon",
 * "صيدا"). A combobox: arrows move through the matches, Enter picks one, Escape closes the list.
 */
export function PlacePicker({ label, hint, error, selected, onChange }: PlacePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const { placeName } = useVocabularies();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [names, setNames] = useState<Record<string, string>>({});
  const query = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useQuery(SEARCH_PLACES_QUERY, {
    variables: { query, language },
    skip: query.length === 0,
  });
  const matches = query && data ? data.searchPlaces.filter((place) => !selected.includes(place.code)) : [];
  const expanded = open && text.trim().length > 0;

  const pick = (code: string, displayName: string) => {
    setNames((current) => ({ ...current, [code]: displayName }));
    onChange([...selected, code]);
    setText('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && matches.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length) {
      event.preventDefault();
      setActive((index) => (index - 1 + matches.length) % matches.length);
    } else if (event.key === 'Enter' && expanded && matches[active]) {
      event.preventDefault();
      pick(matches[active].code, matches[active].displayName);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className={error ? 'field picker field--invalid' : 'field picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {selected.length ? (
        <ul className="picker__selected" aria-label={t('pickers.selected', { label })}>
          {selected.map((code) => (
            <li key={code} className="picker__token">
              <bdi>{names[code] ?? placeName(code)}</bdi>
              <button
                type="button"
                className="picker__remove"
                aria-label={t('pickers.remove', { name: names[code] ?? placeName(code) })}
                onClick={() => onChange(selected.filter((item) => item !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        className="field__control"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && matches[active] ? `${id}-option-${matches[active].code}` : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
        aria-invalid={error ? true : undefined}
        placeholder={t('pickers.placePlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={`${id}-list`} role="listbox" className="picker__list" hidden={!expanded} aria-label={label}>
        {matches.map((place, index) => (
          <li
            key={place.code}
            id={`${id}-option-${place.code}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'picker__option picker__option--active' : 'picker__option'}
            // Picks before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(place.code, place.displayName);
            }}
          >
            <bdi>{place.displayName}</bdi>
          </li>
        ))}
      </ul>
      {expanded && query && !loading && data && matches.length === 0 ? (
        <p className="field__hint" role="status">
          {t('pickers.noPlace')}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
