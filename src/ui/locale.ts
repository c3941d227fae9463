// Naive UI's British English, without its generic placeholders ("Please Input"): every field
// here has a label, and a placeholder that repeats nothing only adds noise.
import { createLocale, enGB } from 'naive-ui';

export const locale = createLocale(
  {
    Input: { placeholder: '' },
    InputNumber: { placeholder: '' },
    Select: { placeholder: 'Choose…' },
    Empty: { description: 'Nothing here yet' },
  },
  enGB,
);
