// Stands in for CSS imports under Jest.
export {};
