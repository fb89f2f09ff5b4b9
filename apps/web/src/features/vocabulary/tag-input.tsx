import { useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { FieldError } from '../../ui';
import { TAG_SUGGESTIONS_QUERY } from './graphql/vocabularies.query';
import { useDebouncedValue } from './use-debounced-value';
import './pickers.css';

export interface TagInputProps {
  label: string;
  hint?: string;
  error?: string;
  tags: ReadonlyArray<string>;
  onChange: (tags: string[]) => void;
}

/** Free tags: type and press Enter or a comma; existing tags are suggested as you type. */
export function TagInput({ label, hint, error, tags, onChange }: TagInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const { data } = useQuery(TAG_SUGGESTIONS_QUERY, { variables: { query }, skip: query.length < 2 });
  const suggestions = (data?.tags.edges ?? []).map((edge) => edge.node).filter((tag) => !tags.includes(tag.label));

  const add = (value: string) => {
    const tag = value.trim().replace(/,$/, '').slice(0, LIMITS.tagMax);
    if (tag && !tags.includes(tag) && tags.length < LIMITS.tagsMax) onChange([...tags, tag]);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && text.trim()) {
      event.preventDefault();
      add(text);
    }
  };

  return (
    <div className={error ? 'field picker field--invalid' : 'field picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint ?? t('pickers.tagHint')}
      </p>
      {tags.length ? (
        <ul className="picker__selected" aria-label={t('pickers.selected', { label })}>
          {tags.map((tag) => (
            <li key={tag} className="picker__token">
              <bdi>{tag}</bdi>
              <button
                type="button"
                className="picker__remove"
                aria-label={t('pickers.remove', { name: tag })}
                onClick={() => onChange(tags.filter((item) => item !== tag))}
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
        dir="auto"
        list={`${id}-suggestions`}
        autoComplete="off"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        value={text}
        onChange={(event) => {
          const value = event.target.value;
          // Choosing a suggestion from the list fills the whole label at once.
          if (suggestions.some((tag) => tag.label === value)) add(value);
          else setText(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => text.trim() && add(text)}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((tag) => (
          <option key={tag.slug} value={tag.label} />
        ))}
      </datalist>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
