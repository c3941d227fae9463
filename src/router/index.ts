// Routes and the guard that keeps each screen to the session state it belongs to. The core
// enforces every rule again; the guard only spares people screens they cannot use.
import { createRouter, createWebHashHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import AppLayout from '../layouts/AppLayout.vue';
import { useSessionStore, type Landing } from '../stores/session';
import CaseView from '../views/CaseView.vue';
import CasesView from '../views/CasesView.vue';
import ChangePassphraseView from '../views/ChangePassphraseView.vue';
import SetupView from '../views/SetupView.vue';
import UnlockView from '../views/UnlockView.vue';
import ImportContactsView from '../views/ImportContactsView.vue';
import UsersView from '../views/UsersView.vue';
import AccessLogView from '../views/AccessLogView.vue';
import DashboardView from '../views/DashboardView.vue';
import HomeView from '../views/HomeView.vue';
import PolicySettingsView from '../views/PolicySettingsView.vue';
import DataProtectionView from '../views/DataProtectionView.vue';
import BackupView from '../views/BackupView.vue';
import RegistersView from '../views/RegistersView.vue';
import LetterheadView from '../views/LetterheadView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** The session states a screen is for; a navigation anywhere else goes to the landing screen. */
    readonly for: 'no-store' | 'locked' | 'changing' | 'signed-in';
    readonly directorOnly?: boolean;
    readonly title: string;
  }
}

// Eager components: the app loads from local disk, so splitting screens into chunks buys nothing.
export const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: SetupView, meta: { for: 'no-store', title: 'Set up' } },
  { path: '/unlock', name: 'unlock', component: UnlockView, meta: { for: 'locked', title: 'Unlock' } },
  {
    path: '/change-passphrase',
    name: 'change-passphrase',
    component: ChangePassphraseView,
    meta: { for: 'changing', title: 'Choose your passphrase' },
  },
  {
    path: '/',
    component: AppLayout,
    redirect: { name: 'home' },
    meta: { for: 'signed-in', title: 'Threshold' },
    children: [
      { path: 'home', name: 'home', component: HomeView, meta: { for: 'signed-in', title: 'Home' } },
      { path: 'dashboard', name: 'dashboard', component: DashboardView, meta: { for: 'signed-in', title: 'Dashboard' } },
      { path: 'cases', name: 'cases', component: CasesView, meta: { for: 'signed-in', title: 'Cases' } },
      { path: 'cases/:caseId', name: 'case', component: CaseView, meta: { for: 'signed-in', title: 'Case' } },
      // Everyone reads the restriction register; the oversight register on it is the director's and the appeals officer's.
      { path: 'registers', name: 'registers', component: RegistersView, meta: { for: 'signed-in', title: 'Registers' } },
      { path: 'import', name: 'import-contacts', component: ImportContactsView, meta: { for: 'signed-in', title: 'Import contacts' } },
      {
        path: 'users',
        name: 'users',
        component: UsersView,
        meta: { for: 'signed-in', directorOnly: true, title: 'Users' },
      },
      { path: 'access-log', name: 'access-log', component: AccessLogView, meta: { for: 'signed-in', directorOnly: true, title: 'Access log' } },
      { path: 'data-protection', name: 'data-protection', component: DataProtectionView, meta: { for: 'signed-in', directorOnly: true, title: 'Data protection' } },
      // Everyone may read the settings (the flags they see come from them); only the director edits.
      { path: 'settings/policy', name: 'policy-settings', component: PolicySettingsView, meta: { for: 'signed-in', title: 'Policy settings' } },
      // The organisation, the letterhead and the routes letters state are the director's to change (the core refuses anyone else).
      { path: 'settings/letterhead', name: 'letterhead', component: LetterheadView, meta: { for: 'signed-in', directorOnly: true, title: 'Organisation and letterhead' } },
      // The backup holds everything: the director's (the core refuses anyone else).
      { path: 'settings/backup', name: 'backup', component: BackupView, meta: { for: 'signed-in', directorOnly: true, title: 'Backup' } },
    ],
  },
  { path: '/:unknown(.*)*', redirect: '/' },
];

const LANDING_FOR: Record<Landing, 'no-store' | 'locked' | 'changing' | 'signed-in'> = {
  setup: 'no-store',
  unlock: 'locked',
  'change-passphrase': 'changing',
  home: 'signed-in',
};

/** Hash history by default: the app is served from a custom protocol or a static server. */
export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({ history, routes });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    if (!session.status) {
      // Without an answer from the core no screen can be chosen: App shows the failure instead.
      const reached = await session.refresh().then(
        () => true,
        () => false,
      );
      if (!reached) return false;
    }
    const landing = session.landing;
    if (to.meta.for !== LANDING_FOR[landing]) return { name: landing };
    if (to.meta.directorOnly && !session.isDirector) return { name: 'cases' };
    return true;
  });

  router.afterEach((to) => {
    document.title = to.meta.title === 'Threshold' ? 'Threshold' : `${to.meta.title} · Threshold`;
  });

  return router;
}
