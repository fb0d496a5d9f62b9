import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import { collectOrganisation } from './collect-organisation.js';
import type { Report, ReportView } from './report.js';
import { selectScope, type ReportFilters } from './select-scope.js';
import type { ViewInput } from './view-input.js';
import { cardView } from './views/card.js';
import { careersView } from './views/careers.js';
import { complianceView } from './views/compliance.js';
import { handbookView } from './views/handbook.js';
import { requirementsView } from './views/requirements.js';
import { roleView } from './views/role.js';
import { skillsView } from './views/skills.js';
import { summaryView } from './views/summary.js';
import { treeView } from './views/tree.js';

/** What the report is asked to show. */
export interface ReportRequest {
  view: ReportView;
  /** The role of the `role` and `card` views. */
  id?: string;
  all?: boolean;
  language?: ViewInput['language'];
  edition?: ViewInput['edition'];
  filters: ReportFilters;
  groupBy: ViewInput['groupBy'];
}

/** What the check pipeline produced: every document, the graph and every finding. */
export interface Checked {
  documents: readonly Document[];
  graph: Graph;
  diagnostics: readonly Diagnostic[];
}

const VIEWS: Record<ReportView, (input: ViewInput) => Report> = {
  summary: summaryView,
  tree: treeView,
  role: roleView,
  skills: skillsView,
  requirements: requirementsView,
  careers: careersView,
  compliance: complianceView,
  card: cardView,
  handbook: handbookView,
};

/** Builds one view's data model from the checked project. */
export function buildReport(request: ReportRequest, checked: Checked, levels: readonly string[]): Report {
  const organisation = collectOrganisation(checked.documents, checked.graph, checked.diagnostics, levels);
  const scope = selectScope(organisation, request.filters);
  return VIEWS[request.view]({
    organisation,
    scope,
    groupBy: request.groupBy,
    ...(request.id !== undefined ? { id: request.id } : {}),
    ...(request.all ? { all: true } : {}),
    ...(request.language ? { language: request.language } : {}),
    ...(request.edition ? { edition: request.edition } : {}),
  });
}
