import { createContext } from 'react';

/** Set by the layout: true once the user has navigated inside the app (not on the first load). */
export const RouteFocusContext = createContext<{ focusOnMount: boolean }>({ focusOnMount: false });
