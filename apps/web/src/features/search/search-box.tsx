import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { questionPath } from '../../app/paths';
import { Button, HighlightedText } from '../../ui';
import { useDebouncedValue } from '../vocabulary';
import { SEARCH_SUGGESTIONS_QUERY } from './graphql/search.operations';

export interface SearchBoxProps {
  initialText: string;
  onSearch: (text: string) => void;
}

/** The query box: question titles are suggested as you type (arrows and Enter open one). */
export function SearchBox({ initialText, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const prefix = useDebouncedValue(text.trim(), 250);
  const { data } = useQuery(SEARCH_SUGGESTIONS_QUERY, { variables: { prefix }, skip: prefix.length < 2 });
  const suggestions = open && prefix.length >= 2 ? (data?.searchSuggestions ?? []) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    onSearch(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!suggestions.length) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      navigate(questionPath(suggestions[active].questionId));
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <form role="search" className="search-box" onSubmit={submit} aria-label={t('searchPage.formLabel')}>
      <label htmlFor={id} className="field__label">
        {t('searchPage.query')}
      </label>
      <div className="search-box__row">
        <input
          id={id}
          className="field__control"
          type="search"
          role="combobox"
          dir="auto"
          autoComplete="off"
          maxLength={200}
          aria-autocomplete="list"
          aria-expanded={suggestions.length > 0}
          aria-controls={`${id}-suggestions`}
          aria-activedescendant={active >= 0 && suggestions[active] ? `${id}-s-${active}` : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <Button type="submit">{t('searchPage.submit')}</Button>
      </div>
      <ul id={`${id}-suggestions`} role="listbox" className="picker__list" hidden={suggestions.length === 0} aria-label={t('searchPage.suggestions')}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={`${id}-s-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'picker__option picker__option--active' : 'picker__option'}
            onMouseDown={(event) => {
              event.preventDefault();
              navigate(questionPath(suggestion.questionId));
            }}
          >
            <HighlightedText text={suggestion.title.text} ranges={suggestion.title.highlights} />
          </li>
        ))}
      </ul>
    </form>
  );
}
