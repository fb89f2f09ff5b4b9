import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../ui';
import './question-parts.css';

export interface MarkdownFieldProps {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  maxLength: number;
  rows?: number;
  onChange: (value: string) => void;
}

/**
 * A markdown textarea with a preview tab. The preview shows paragraphs and line breaks of the
 * escaped text only: the real rendering is the server's sanitised HTML, shown once posted.
 */
export function MarkdownField({ label, hint, error, value, maxLength, rows = 8, onChange }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const describedBy = [`${id}-help`, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <div className={error ? 'field markdown-field field--invalid' : 'field markdown-field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="markdown-field__tabs" role="tablist">
        <button
          type="button"
          role="tab"
          id={`${id}-tab-write`}
          aria-selected={tab === 'write'}
          aria-controls={`${id}-panel-write`}
          onClick={() => setTab('write')}
        >
          {t('markdown.write')}
        </button>
        <button
          type="button"
          role="tab"
          id={`${id}-tab-preview`}
          aria-selected={tab === 'preview'}
          aria-controls={`${id}-panel-preview`}
          onClick={() => setTab('preview')}
        >
          {t('markdown.preview')}
        </button>
      </div>
      <div id={`${id}-panel-write`} role="tabpanel" aria-labelledby={`${id}-tab-write`} hidden={tab !== 'write'}>
        <textarea
          id={id}
          className="field__control"
          dir="auto"
          rows={rows}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <div
        id={`${id}-panel-preview`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-preview`}
        hidden={tab !== 'preview'}
        className="markdown-field__preview"
        dir="auto"
      >
        {value.trim() ? <PlainPreview text={value} /> : <p className="field__hint">{t('markdown.emptyPreview')}</p>}
      </div>
      <p className="field__hint" id={`${id}-help`}>
        {t('markdown.help')}
      </p>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** Text split into paragraphs and lines; React escapes every character, so nothing is markup. */
export function PlainPreview({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}
