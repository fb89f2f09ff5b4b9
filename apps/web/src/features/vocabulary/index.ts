export { PlacePicker, type PlacePickerProps } from './place-picker';
export { TagInput, type TagInputProps } from './tag-input';
export { useDebouncedValue } from './use-debounced-value';
export { useLanguage, useVocabularies, type Vocabularies } from './use-vocabularies';
