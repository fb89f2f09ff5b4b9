import { useTranslation } from 'react-i18next';
import type { SearchQuery } from '../../graphql/generated/graphql';
import { formatNumber } from '../../ui';
import { useLanguage, useVocabularies } from '../vocabulary';
import { isFacetName, type FacetName, type SearchState } from './search-state';

type Facet = SearchQuery['search']['facets'][number];

export interface SearchFacetsProps {
  facets: ReadonlyArray<Facet>;
  state: SearchState;
  onToggle: (facet: FacetName, value: string, on: boolean) => void;
}

function useFacetTitles(): Record<FacetName, string> {
  const { t } = useTranslation();
  return {
    kind: t('searchPage.facets.kind'),
    sector: t('searchPage.facets.sector'),
    status: t('searchPage.facets.status'),
    governorate: t('searchPage.facets.governorate'),
    district: t('searchPage.facets.district'),
    cohort: t('searchPage.facets.cohort'),
    evidenceType: t('searchPage.facets.evidenceType'),
    organisationType: t('searchPage.facets.organisationType'),
    year: t('searchPage.facets.year'),
    language: t('searchPage.facets.language'),
  };
}

/** Names the API leaves as codes are named here, in the interface language. */
function useValueLabel(): (facet: FacetName, value: string, apiLabel: string) => string {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  const kinds: Record<string, string> = {
    question: t('searchPage.kinds.question'),
    contribution: t('searchPage.kinds.contribution'),
    synthesis: t('searchPage.kinds.synthesis'),
  };
  const statuses: Record<string, string> = {
    DRAFT: t('questionStatus.DRAFT'),
    OPEN: t('questionStatus.OPEN'),
    SYNTHESISING: t('questionStatus.SYNTHESISING'),
    CLOSED: t('questionStatus.CLOSED'),
  };
  return (facet, value, apiLabel) => {
    if (facet === 'kind') return kinds[value] ?? apiLabel;
    if (facet === 'status') return statuses[value] ?? apiLabel;
    // Until the vocabularies have loaded, a lookup returns the code itself: show the API's label then.
    const named = facet === 'evidenceType' ? vocabularies.evidenceTypeName(value) : facet === 'organisationType' ? vocabularies.organisationTypeName(value) : value;
    return named !== value ? named : apiLabel;
  };
}

export function SearchFacets({ facets, state, onToggle }: SearchFacetsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titles = useFacetTitles();
  const valueLabel = useValueLabel();
  const shown = facets.filter((facet): facet is Facet & { facet: FacetName } => isFacetName(facet.facet) && facet.values.length > 0);
  return (
    <aside className="search-facets" aria-label={t('searchPage.facetsLabel')}>
      {shown.map((facet) => (
        <fieldset key={facet.facet} className="field fieldset">
          <legend className="field__label">{titles[facet.facet]}</legend>
          {facet.values.map((value) => {
            const checked = state.selected[facet.facet]?.includes(value.value) ?? false;
            // Small cells are not counted exactly (k-anonymity): "fewer than 5".
            const count =
              value.count !== null
                ? formatNumber(value.count, language)
                : t('searchPage.fewerThan', { count: value.lessThan ?? 5, formatted: formatNumber(value.lessThan ?? 5, language) });
            const inputId = `facet-${facet.facet}-${value.value}`;
            return (
              <div key={value.value} className="checkbox">
                <input id={inputId} type="checkbox" checked={checked} onChange={(event) => onToggle(facet.facet, value.value, event.target.checked)} />
                <label htmlFor={inputId}>
                  <bdi>{valueLabel(facet.facet, value.value, value.label)}</bdi> <span className="search-facets__count">({count})</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </aside>
  );
}
