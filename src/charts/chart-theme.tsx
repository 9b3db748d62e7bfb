import { createContext, type ReactNode, useContext } from 'react';

export type ChartTheme = 'light' | 'dark';

const ChartThemeContext = createContext<ChartTheme>('light');

/** The screen theme charts draw in. Exported figures are always light. */
export function ChartThemeProvider({
  theme,
  children,
}: {
  theme: ChartTheme;
  children: ReactNode;
}) {
  return <ChartThemeContext.Provider value={theme}>{children}</ChartThemeContext.Provider>;
}

export function useChartTheme(): ChartTheme {
  return useContext(ChartThemeContext);
}
