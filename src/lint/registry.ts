import { careerLevelOrder } from '../graph/rules/career-level-order.js';
import { crossDepartmentSuperior } from '../graph/rules/cross-department-superior.js';
import { departmentCycle } from '../graph/rules/department-cycle.js';
import { departmentHeadMember } from '../graph/rules/department-head-member.js';
import { departmentHeadcount } from '../graph/rules/department-headcount.js';
import { duplicateReference } from '../graph/rules/duplicate-reference.js';
import { experienceLevelOrder } from '../graph/rules/experience-level-order.js';
import { levelOrder } from '../graph/rules/level-order.js';
import { referenceExists } from '../graph/rules/reference-exists.js';
import { reportingCycle } from '../graph/rules/reporting-cycle.js';
import { reportsBothWays } from '../graph/rules/reports-both-ways.js';
import { selfReport } from '../graph/rules/self-report.js';
import { singleRoot } from '../graph/rules/single-root.js';
import { spanOfControl } from '../graph/rules/span-of-control.js';
import { unreachableRole } from '../graph/rules/unreachable-role.js';
import { boilerplate } from './rules/boilerplate.js';
import { cjkLatinSpacing } from './rules/cjk-latin-spacing.js';
import { cjkRadical } from './rules/cjk-radical.js';
import { discriminatoryRequirement } from './rules/discriminatory-requirement.js';
import { duplicateItem } from './rules/duplicate-item.js';
import { duplicatePunctuation } from './rules/duplicate-punctuation.js';
import { duplicateSection } from './rules/duplicate-section.js';
import { ellipsis } from './rules/ellipsis.js';
import { emptySection } from './rules/empty-section.js';
import { fullwidthParentheses } from './rules/fullwidth-parentheses.js';
import { fullwidthPunctuation } from './rules/fullwidth-punctuation.js';
import { handNumberedList } from './rules/hand-numbered-list.js';
import { headingLevel } from './rules/heading-level.js';
import { placeholder } from './rules/placeholder.js';
import { replacementCharacter } from './rules/replacement-character.js';
import { requiredSection } from './rules/required-section.js';
import { sectionAlias } from './rules/section-alias.js';
import { staleAnalysisDate } from './rules/stale-analysis-date.js';
import { truncatedSentence } from './rules/truncated-sentence.js';
import { unjustifiedRequirement } from './rules/unjustified-requirement.js';
import { unusedDisable } from './rules/unused-disable.js';
import { zeroWidthCharacter } from './rules/zero-width-character.js';
import type { Rule } from './rule.js';

/** Every rule, listed explicitly: no loader, no magic. Graph rules are rules like any other. */
export const RULES: readonly Rule[] = [
  // Document rules: structure of the body.
  requiredSection,
  sectionAlias,
  duplicateSection,
  emptySection,
  headingLevel,
  handNumberedList,
  duplicateItem,
  // Document rules: content quality.
  placeholder,
  truncatedSentence,
  boilerplate,
  cjkRadical,
  replacementCharacter,
  zeroWidthCharacter,
  staleAnalysisDate,
  // Document rules: Chinese typography of the body.
  fullwidthPunctuation,
  fullwidthParentheses,
  cjkLatinSpacing,
  duplicatePunctuation,
  ellipsis,
  // Document rules: employment law.
  discriminatoryRequirement,
  unjustifiedRequirement,
  // Inline directives, judged by the engine after every other rule.
  unusedDisable,
  // Graph rules: references, reporting lines, departments.
  referenceExists,
  duplicateReference,
  selfReport,
  reportingCycle,
  unreachableRole,
  reportsBothWays,
  singleRoot,
  levelOrder,
  careerLevelOrder,
  experienceLevelOrder,
  departmentCycle,
  departmentHeadMember,
  crossDepartmentSuperior,
  spanOfControl,
  departmentHeadcount,
];
