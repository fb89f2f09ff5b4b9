import { useTranslation } from 'react-i18next';
import { Chip, ChipList } from '../../../ui';
import { useVocabularies } from '../../vocabulary';
import './question-parts.css';

export interface VocabularyChipsProps {
  sectors?: ReadonlyArray<string>;
  places?: ReadonlyArray<string>;
  cohorts?: ReadonlyArray<string>;
  tags?: ReadonlyArray<string>;
}

/** Sectors, places, cohorts and tags as chips named in the interface language. */
export function VocabularyChips({ sectors = [], places = [], cohorts = [], tags = [] }: VocabularyChipsProps) {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  return (
    <div className="vocabulary-chips">
      {sectors.length ? (
        <ChipList label={t('question.chips.sectors')}>
          {sectors.map((code) => (
            <Chip key={code} tone="accent">
              {vocabularies.sectorName(code)}
            </Chip>
          ))}
        </ChipList>
      ) : null}
      {places.length ? (
        <ChipList label={t('question.chips.places')}>
          {places.map((code) => (
            <Chip key={code}>
              {vocabularies.placeName(code)}
            </Chip>
          ))}
        </ChipList>
      ) : null}
      {cohorts.length ? (
        <ChipList label={t('question.chips.cohorts')}>
          {cohorts.map((code) => (
            <Chip key={code}>{vocabularies.cohortName(code)}</Chip>
          ))}
        </ChipList>
      ) : null}
      {tags.length ? (
        <ChipList label={t('question.chips.tags')}>
          {tags.map((slug) => (
            <Chip key={slug}>
              <bdi>#{slug}</bdi>
            </Chip>
          ))}
        </ChipList>
      ) : null}
    </div>
  );
}
