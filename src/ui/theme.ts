// The look: calm, quiet colours for people reading about difficult situations; system fonts
// only, because the CSP allows no remote font and the app must not phone home for one.
import type { GlobalThemeOverrides } from 'naive-ui';

const SYSTEM_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const themeOverrides: GlobalThemeOverrides = {
  common: {
    fontFamily: SYSTEM_FONT,
    fontFamilyMono: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
    primaryColor: '#2f6b7c',
    primaryColorHover: '#3b7f91',
    primaryColorPressed: '#255766',
    primaryColorSuppl: '#3b7f91',
    borderRadius: '6px',
    bodyColor: '#f4f6f8',
    textColorBase: '#1f2a30',
    // Naive UI's own status colours and its secondary text grey fall below WCAG AA (4.5:1) as
    // text on white and on their own tinted tag backgrounds (#18a058 on its tint is 2.96:1, the
    // warning orange 1.97:1); these darker shades keep each hue and reach 4.5:1 or more on
    // their tints, over white and over the page's grey alike.
    textColor3: '#5f666c',
    successColor: '#1a7340',
    successColorHover: '#21834a',
    successColorPressed: '#145c33',
    successColorSuppl: '#21834a',
    warningColor: '#875400',
    warningColorHover: '#9a6000',
    warningColorPressed: '#6e4400',
    warningColorSuppl: '#9a6000',
    infoColor: '#1c5fa8',
    infoColorHover: '#2369b8',
    infoColorPressed: '#174e8a',
    infoColorSuppl: '#2369b8',
    errorColor: '#b42338',
    errorColorHover: '#c42b41',
    errorColorPressed: '#961c2e',
    errorColorSuppl: '#c42b41',
  },
  Layout: { color: '#f4f6f8', headerColor: '#ffffff', headerBorderColor: '#e3e7eb' },
  DataTable: { thColor: '#f7f9fa', thFontWeight: '600' },
  // Room under each hint or message, so a two-line hint never touches the next field's label.
  Form: { feedbackPadding: '4px 0 10px 2px', feedbackFontSizeMedium: '13px', labelFontWeight: '500' },
  Card: { borderColor: '#e3e7eb' },
  // An empty list's words are Naive UI's disabled grey (#c2c2c2, 1.6:1): they are content, so AA.
  Empty: { textColor: '#5e6a71' },
};
