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
  },
  Layout: { color: '#f4f6f8', headerColor: '#ffffff', headerBorderColor: '#e3e7eb' },
  DataTable: { thColor: '#f7f9fa', thFontWeight: '600' },
  // Room under each hint or message, so a two-line hint never touches the next field's label.
  Form: { feedbackPadding: '4px 0 10px 2px', feedbackFontSizeMedium: '13px', labelFontWeight: '500' },
  Card: { borderColor: '#e3e7eb' },
};
