// The demo organisation's letterhead: its logo is resources/logo.png (a test holds the two
// equal), inlined so the demo needs no file at run time, with contact lines and its routes.
import type { Input } from '../contract';

export const DEMO_LOGO_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAKAAAACgCAYAAACLz2ctAAACKklEQVR42u3SQRECMRBFwTjACZK4YA5ZONm1wIV9U5tO1RMw+b1W8B6v96F5rTs9g8IJnfbAaBQQwdM+EH26Mog+WglCn6sMog9VhtBHKkPoA5Ui9HnKAPo4ZQh9mFKEPksZQB+lFKFPUgbQBylF6HOUAfQxShH6FAGoPQH6EKUIfYYAFIASgAJQAlB7APQRAlAASgAKQAlAASgB+EPeASCAAAIIIIAAAggggAACCCCAAAIIIIAAAggggAACCCCAAAII4PDBAATQPQACCCCA7gEQQAABdA+AAAJoMPcACCCABnMPgAACaDD3AAgggAZzD4AAAmgw9wAIIIAGcw+AAAJoMPcACCCABgMQQAABNBiAAAIIoMEABNA9ABoMQADdA6DBAATQPQAaDEAA3QMggAAC6B4AAQQQQPcACCCABnMPgAACaDD3AAgggAZzD4AAAmgw9wAIIIAGcw+AAAJoMPcACCCABnMPgAACaDD3AAgggAYDEEAAATQYgAACCKDBAATQPQAaDEAA3QOgwQAE0D0AGgxAAN0DIIAAAugeAAEEEED3AAgggJf1/Tz15wAEEEAAAQQQQAABBBBAAAEEEEAAAQQQQAABFIASgLo/QAgFoACUABSAEoACULoMIIRK8QEoALU3QAiV4gNQOUAIleIDUDlACJXiA1A5QAiV4oNQOT4AlQOEUCk+CJXjg1A5PhCVw4NQI/CBqBweiBoBD0Twxj5DQed5498JOaPxaVS8LXwAAAAASUVORK5CYII=';

export const DEMO_LETTERHEAD = {
  logo: `data:image/png;base64,${DEMO_LOGO_PNG_BASE64}`,
  phone: '01872 555 0142',
  email: 'office@westcountry-learning.example',
  website: 'westcountry-learning.example',
  appealDays: 28,
  appealTo: 'the Chair of Trustees, Westcountry Learning Partnership, at the address above',
  complaintsRoute: 'You can complain about how we have dealt with you through our complaints procedure: write to the Complaints Officer at the address above, or email office@westcountry-learning.example. You can ask us for a copy of the procedure.',
} satisfies Input<'letterhead.set'>;
