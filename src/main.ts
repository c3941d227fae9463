// The renderer's entry: Pinia, the router and Naive UI's providers (in App.vue), then mount.
// First, before any module builds a zod schema.
import './zod-jitless';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { onSessionLost } from './api/client';
import { followSession } from './composables/useLock';
import { createAppRouter } from './router';
import { watchCardHeadings } from './ui/card-headings';
import './ui/accessibility.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
const router = createAppRouter();
app.use(router);

// The core locks itself after idle time too; when a call finds the session gone, the screen
// follows (to unlock, or to the passphrase change), whichever view made the call.
onSessionLost(() => void followSession(router));

// Naive UI's card headers carry headings without a level; corrected as they appear (see the file).
watchCardHeadings(document.body);

app.mount('#app');
