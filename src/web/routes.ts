import type { RouteEntry } from './app/routeTypes.js';
import { AssessPage } from './pages/AssessPage.js';
import { DataPage } from './pages/DataPage.js';
import { DiaryPage } from './pages/DiaryPage.js';
import { HomePage } from './pages/HomePage.js';
import { LadderPage } from './pages/LadderPage.js';
import { PractisePage } from './pages/PractisePage.js';
import { ProgressPage } from './pages/ProgressPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { WorksheetsPage } from './pages/WorksheetsPage.js';

/**
 * Every page of the app, in navigation order: the one place a page is added. A page is one file in
 * `src/web/pages/` exporting a component that takes `PageProps`; its entry here gives its path (the
 * first segment after `#/`), its nav label and a line for the home page. Deeper paths
 * (`#/review/abc`) reach the same page with `params: ['abc']`.
 */
export const ROUTES: readonly RouteEntry[] = [
  { path: '', label: 'Home', description: 'Where to start.', page: HomePage, nav: false },
  { path: 'practise', label: 'Practise', description: 'Role-play a conversation with feedback on every reply.', page: PractisePage },
  { path: 'review', label: 'Review', description: 'Upload or paste a session transcript and read its report.', page: ReviewPage },
  { path: 'assess', label: 'Assess', description: 'Free questionnaires: assertiveness, compassion, burnout.', page: AssessPage },
  { path: 'diary', label: 'Diary', description: 'Note real situations, what you said and how anxious you felt.', page: DiaryPage },
  { path: 'ladder', label: 'Exposure ladder', description: 'Climb a ladder of assertive tasks, easiest first.', page: LadderPage },
  { path: 'worksheets', label: 'Worksheets', description: 'DEAR MAN, GIVE, FAST and "I" statements, checked as you write.', page: WorksheetsPage },
  { path: 'progress', label: 'Progress', description: 'Your practice, questionnaires and diary over time.', page: ProgressPage },
  { path: 'data', label: 'My data', description: 'Export everything you entered, or delete it.', page: DataPage },
];

export function findRoute(first: string | undefined): RouteEntry | null {
  return ROUTES.find((r) => r.path === (first ?? '')) ?? null;
}
