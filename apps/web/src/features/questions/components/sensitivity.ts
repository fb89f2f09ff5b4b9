import { useTranslation } from 'react-i18next';
import { SENSITIVITY_LEVELS, sensitivityRank } from '@hub/domain';
import type { SensitivityLevel } from '../../../graphql/generated/graphql';

export interface SensitivityOption {
  value: SensitivityLevel;
  label: string;
  hint: string;
}

/** The levels with a plain-language explanation each; only those at least as strict as `atLeast`. */
export function useSensitivityOptions(atLeast: SensitivityLevel = 'PUBLIC'): SensitivityOption[] {
  const { t } = useTranslation();
  const all: Record<SensitivityLevel, SensitivityOption> = {
    PUBLIC: { value: 'PUBLIC', label: t('sensitivity.PUBLIC.label'), hint: t('sensitivity.PUBLIC.hint') },
    RESTRICTED: { value: 'RESTRICTED', label: t('sensitivity.RESTRICTED.label'), hint: t('sensitivity.RESTRICTED.hint') },
    CONFIDENTIAL: { value: 'CONFIDENTIAL', label: t('sensitivity.CONFIDENTIAL.label'), hint: t('sensitivity.CONFIDENTIAL.hint') },
    STRICTLY_CONFIDENTIAL: {
      value: 'STRICTLY_CONFIDENTIAL',
      label: t('sensitivity.STRICTLY_CONFIDENTIAL.label'),
      hint: t('sensitivity.STRICTLY_CONFIDENTIAL.hint'),
    },
  };
  return SENSITIVITY_LEVELS.filter((level) => sensitivityRank(level) >= sensitivityRank(atLeast)).map((level) => all[level]);
}

export function useSensitivityLabel(): (level: SensitivityLevel) => string {
  const options = useSensitivityOptions();
  return (level) => options.find((option) => option.value === level)?.label ?? level;
}
